package com.example.team;

import com.example.team.errors.NotFoundException;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A controller whose requests can be invalid in every way the handler knows. */
@RestController
@RequestMapping("/things")
public class ThingController {

    /** A new thing: a name and a size of at least 1. */
    public record NewThing(@NotNull @JsonProperty("name") String name,
                           @NotNull @Min(1) @JsonProperty("size") Integer size) {
    }

    @PostMapping
    public String create(@Valid @RequestBody NewThing thing) {
        return thing.name();
    }

    @GetMapping
    public String find(@RequestParam("q") String q, @RequestHeader("X-Tenant") String tenant) {
        return q + tenant;
    }

    @GetMapping("/{id}")
    public String get(@PathVariable("id") String id) {
        throw new NotFoundException("No thing " + id + ".");
    }
}
