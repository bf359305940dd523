package com.example.problem;

import com.example.problem.errors.ApiError;
import com.example.problem.errors.ApiErrorException;
import com.example.problem.errors.ApiErrorsClientResponseFilter;
import com.example.problem.errors.ApiErrorsFeature;
import com.example.problem.errors.ApiValidationError;
import com.example.problem.errors.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProblemMappersTest extends JerseyTest {

    private static final String PROBLEM = "application/problem+json";

    @Override
    protected Application configure() {
        return new ResourceConfig(ThingResource.class).register(JacksonFeature.class).register(ApiErrorsFeature.class);
    }

    @Override
    protected void configureClient(ClientConfig config) {
        config.register(JacksonFeature.class);
    }

    @BeforeEach
    void start() throws Exception {
        super.setUp();
    }

    @AfterEach
    void stop() throws Exception {
        super.tearDown();
    }

    @Test
    void anApiErrorExceptionIsAProblemDetailsObject() {
        Response response = target("things/7").request().get();

        assertEquals(404, response.getStatus());
        assertEquals(PROBLEM, response.getMediaType().toString());
        Map<?, ?> raw = response.readEntity(Map.class);
        assertEquals(List.of("type", "title", "status", "detail"), List.copyOf(raw.keySet()));
        assertEquals(Map.of("type", "about:blank", "title", "Not Found", "status", 404, "detail", "No thing 7"), raw);
    }

    @Test
    void aValidationProblemCarriesTheErrorsMember() {
        Response response = target("things").request().post(Entity.entity("{\"size\": 3}", MediaType.APPLICATION_JSON));

        assertEquals(422, response.getStatus());
        assertEquals(PROBLEM, response.getMediaType().toString());
        ApiValidationError body = response.readEntity(ApiValidationError.class);
        assertEquals("A thing needs a name.", body.detail());
        assertEquals(List.of(), body.errors());
    }

    @Test
    void anUnreadableBodyIsA400Problem() {
        Response response = target("things").request().post(Entity.entity("{not json", MediaType.APPLICATION_JSON));

        assertEquals(400, response.getStatus());
        assertEquals(PROBLEM, response.getMediaType().toString());
        assertEquals(400, response.readEntity(ApiValidationError.class).status());
    }

    @Test
    void jakartaRestsOwnErrorsAndFailuresAreProblems() {
        Response nowhere = target("nowhere").request().get();
        assertEquals(404, nowhere.getStatus());
        assertEquals(PROBLEM, nowhere.getMediaType().toString());
        assertEquals("Not Found", nowhere.readEntity(ApiError.class).title());
        assertEquals(405, target("things/7").request().delete().getStatus());

        Response boom = target("things/boom").request().get();
        assertEquals(500, boom.getStatus());
        String text = boom.readEntity(String.class);
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException"), text);
        assertEquals(PROBLEM, boom.getMediaType().toString());
    }

    @Test
    void theClientFilterThrowsTheTypedException() {
        ProcessingException failure = assertThrows(ProcessingException.class, () -> target("things/7")
                .register(ApiErrorsClientResponseFilter.class).request().get(String.class));
        ApiErrorException error = ApiErrorsClientResponseFilter.apiError(failure).orElseThrow();
        NotFoundException notFound = assertInstanceOf(NotFoundException.class, error);
        assertEquals("No thing 7", notFound.body().detail());
        assertEquals(404, notFound.body().status());
    }
}
