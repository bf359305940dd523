package com.example.jaxrs;

import com.example.jaxrs.errors.ApiError;
import com.example.jaxrs.errors.ApiErrorException;
import com.example.jaxrs.errors.ApiErrorsClientResponseFilter;
import com.example.jaxrs.errors.ApiErrorsFeature;
import com.example.jaxrs.errors.ApiValidationError;
import com.example.jaxrs.errors.BusinessLogicException;
import com.example.jaxrs.errors.NotFoundException;
import com.example.jaxrs.errors.OperationErrors;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JaxrsMappersTest extends JerseyTest {

    @Override
    protected Application configure() {
        return new ResourceConfig(RiskProfileResource.class).register(JacksonFeature.class)
                .register(ApiErrorsFeature.class);
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
    void anApiErrorExceptionGetsItsStatusAndBody() {
        Response response = target("risk-profiles/7").request().header("X-Request-ID", "req-7").get();
        assertEquals(404, response.getStatus());
        assertEquals("req-7", response.getHeaderString("X-Request-ID"));
        ApiError body = response.readEntity(ApiError.class);
        assertEquals("Not Found", body.title());
        assertEquals("No risk profile 7", body.description());
        assertEquals("req-7", body.requestId());
        assertNotNull(OffsetDateTime.parse(body.timestamp()));
        assertEquals(409, target("risk-profiles/conflict").request().get().getStatus());
    }

    @Test
    void anyOtherExceptionIsA500ThatTellsNothing() {
        Response response = target("risk-profiles/boom").request().get();
        assertEquals(500, response.getStatus());
        String text = response.readEntity(String.class);
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException"), text);
        assertTrue(text.contains("\"request_id\""), text);
    }

    @Test
    void unreadableBodyIs400AtBody() {
        Response response = target("risk-profiles").request()
                .post(Entity.entity("{not json", MediaType.APPLICATION_JSON));
        assertEquals(400, response.getStatus());
        ApiValidationError body = response.readEntity(ApiValidationError.class);
        assertEquals(List.of("body"), body.detail().get(0).loc());

        Response unknownField = target("risk-profiles").request()
                .post(Entity.entity("{\"rik_profile_id\": \"a\", \"colour\": \"red\"}", MediaType.APPLICATION_JSON));
        assertEquals(400, unknownField.getStatus());
        assertEquals(List.of("body", "colour"), unknownField.readEntity(ApiValidationError.class).detail().get(0).loc());
    }

    @Test
    void validationExceptionIs422() {
        Response response = target("risk-profiles").request()
                .post(Entity.entity("{\"rik_profile_id\": \" \", \"name\": \"x\"}", MediaType.APPLICATION_JSON));
        assertEquals(422, response.getStatus());
        Map<?, ?> raw = response.readEntity(Map.class);
        assertEquals(List.of("title", "detail", "status"), List.copyOf(raw.keySet()),
                "the validation body has the convention's fields, and no body when there is none");
        assertEquals(List.of(Map.of("loc", List.of("body", "rik_profile_id"), "msg", "must not be blank",
                "type", "value_error.missing")), raw.get("detail"));
    }

    @Test
    void jakartaRestsOwnErrorsGetTheConventionsBody() {
        Response response = target("nowhere").request().get();
        assertEquals(404, response.getStatus());
        assertEquals("Not Found", response.readEntity(ApiError.class).title());
        assertEquals(405, target("risk-profiles/7").request().delete().getStatus());
    }

    @Test
    void clientFilterThrowsTheTypedException() {
        ProcessingException failure = assertThrows(ProcessingException.class, () -> target("risk-profiles/7")
                .register(ApiErrorsClientResponseFilter.class).request().get(RiskProfileResource.RiskProfile.class));
        ApiErrorException error = ApiErrorsClientResponseFilter.apiError(failure).orElseThrow();
        assertInstanceOf(NotFoundException.class, error);
        assertEquals("No risk profile 7", ((ApiError) error.body()).description());

        ProcessingException conflict = assertThrows(ProcessingException.class, () -> target("risk-profiles/conflict")
                .register(ApiErrorsClientResponseFilter.class).request().get(String.class));
        assertInstanceOf(BusinessLogicException.class, ApiErrorsClientResponseFilter.apiError(conflict).orElseThrow());
    }

    @Test
    void catalogKnowsTheOperations() {
        assertTrue(OperationErrors.getRiskProfile().canReturn(404));
    }
}
