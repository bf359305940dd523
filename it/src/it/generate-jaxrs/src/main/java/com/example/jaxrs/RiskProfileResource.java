package com.example.jaxrs;

import com.example.jaxrs.errors.BusinessLogicException;
import com.example.jaxrs.errors.NotFoundException;
import com.example.jaxrs.errors.ValidationException;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A resource that uses the generated exceptions. */
@Path("/risk-profiles")
public class RiskProfileResource {

    /** A risk profile; its JSON names differ from its Java names. */
    public record RiskProfile(@JsonProperty("rik_profile_id") String rikProfileId, @JsonProperty("name") String name) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RiskProfile get(@PathParam("id") String id) {
        if (id.equals("conflict")) {
            throw new BusinessLogicException("The profile is locked");
        }
        if (id.equals("boom")) {
            throw new IllegalStateException("secret: the database password is hunter2");
        }
        throw new NotFoundException("No risk profile " + id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RiskProfile create(RiskProfile profile) {
        if (profile.rikProfileId() == null || profile.rikProfileId().isBlank()) {
            throw new ValidationException(List.of("body", "rik_profile_id"), "must not be blank", "value_error.missing");
        }
        return profile;
    }
}
