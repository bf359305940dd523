package com.example.problem;

import com.example.problem.errors.NotFoundException;
import com.example.problem.errors.ValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** A controller that uses the generated exceptions. */
@RestController
@RequestMapping("/things")
public class ThingController {

    @GetMapping
    public List<String> list(@RequestParam("limit") int limit) {
        return List.of();
    }

    @GetMapping("/boom")
    public String boom() {
        throw new IllegalStateException("password hunter2");
    }

    @GetMapping("/{id}")
    public String get(@PathVariable("id") String id) {
        throw new NotFoundException("No thing " + id);
    }

    @PostMapping
    public Map<String, Object> create(@RequestBody Map<String, Object> thing) {
        if (!thing.containsKey("name")) {
            throw new ValidationException("A thing needs a name.");
        }
        return thing;
    }
}
