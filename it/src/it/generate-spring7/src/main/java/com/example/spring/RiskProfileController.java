package com.example.spring;

import com.example.spring.errors.BusinessLogicException;
import com.example.spring.errors.NotFoundException;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A controller that uses the generated exceptions. */
@RestController
@RequestMapping("/risk-profiles")
public class RiskProfileController {

    /** A risk profile; its JSON names differ from its Java names. */
    public static class RiskProfile {
        @JsonProperty("rik_profile_id")
        private String rikProfileId;
        @JsonProperty("name")
        private String name;

        public String getRikProfileId() {
            return rikProfileId;
        }

        public void setRikProfileId(String rikProfileId) {
            this.rikProfileId = rikProfileId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @GetMapping
    public List<RiskProfile> list(@RequestParam("limit") int limit) {
        return List.of();
    }

    @GetMapping("/{id}")
    public RiskProfile get(@PathVariable("id") String id) {
        if (id.equals("conflict")) {
            throw new BusinessLogicException("The profile is locked");
        }
        if (id.equals("boom")) {
            throw new IllegalStateException("secret: the database password is hunter2");
        }
        throw new NotFoundException("No risk profile " + id);
    }

    @PostMapping
    public RiskProfile create(@Validated @RequestBody RiskProfile profile) {
        return profile;
    }
}
