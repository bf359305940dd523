package com.example.problem;

import com.example.problem.errors.ValidationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A resource that uses the generated exceptions. */
@Path("things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingResource {

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("password hunter2");
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        throw new com.example.problem.errors.NotFoundException("No thing " + id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(Map<String, Object> thing) {
        if (!thing.containsKey("name")) {
            throw new ValidationException("A thing needs a name.");
        }
        return thing;
    }
}
