package com.example.spring;

import com.example.spring.errors.ApiError;
import com.example.spring.errors.ApiErrorsExceptionHandler;
import com.example.spring.errors.ApiErrorsResponseErrorHandler;
import com.example.spring.errors.ApiValidationError;
import com.example.spring.errors.BusinessLogicException;
import com.example.spring.errors.NotFoundException;
import com.example.spring.errors.OperationErrors;
import com.example.spring.errors.ValidationDetail;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class SpringHandlersTest {

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc mvc;

    /** Rejects a blank id, as bean validation would, without needing a validation provider. */
    static class RiskProfileValidator implements Validator {
        @Override
        public boolean supports(Class<?> type) {
            return RiskProfileController.RiskProfile.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            String id = ((RiskProfileController.RiskProfile) target).getRikProfileId();
            if (id == null || id.isBlank()) {
                errors.rejectValue("rikProfileId", "NotBlank", "must not be blank");
            }
        }
    }

    @Test
    void runsOnTheSpringOfThisBuild() {
        String expected = System.getProperty("expected.spring.major");
        assertEquals(expected + ".", org.springframework.core.SpringVersion.getVersion().substring(0, expected.length() + 1),
                "the tests run on the Spring Framework the build chose");
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new RiskProfileController())
                .setControllerAdvice(new ApiErrorsExceptionHandler())
                .setValidator(new RiskProfileValidator())
                .build();
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anApiErrorExceptionGetsItsStatusAndBody() throws Exception {
        MockHttpServletResponse response = perform(get("/risk-profiles/7").header("X-Request-ID", "req-7"));
        assertEquals(404, response.getStatus());
        assertEquals("req-7", response.getHeader("X-Request-ID"));
        Map<?, ?> raw = json.readValue(response.getContentAsByteArray(), Map.class);
        assertEquals(List.of("title", "description", "request_id", "timestamp"), List.copyOf(raw.keySet()),
                "the general body has exactly the convention's fields");
        ApiError body = json.readValue(response.getContentAsByteArray(), ApiError.class);
        assertEquals("Not Found", body.title());
        assertEquals("No risk profile 7", body.description());
        assertEquals("req-7", body.requestId());
        assertNotNull(OffsetDateTime.parse(body.timestamp()), "timestamp is ISO-8601 with an offset");

        assertEquals(409, perform(get("/risk-profiles/conflict")).getStatus());
    }

    @Test
    void anyOtherExceptionIsA500ThatTellsNothing() throws Exception {
        MockHttpServletResponse response = perform(get("/risk-profiles/boom"));
        assertEquals(500, response.getStatus());
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException"), text);
        ApiError body = json.readValue(text, ApiError.class);
        assertEquals("Internal Server Error", body.title());
        assertNotNull(UUID.fromString(body.requestId()), "a new request id without the header");
    }

    @Test
    void unreadableBodyIs400AtBody() throws Exception {
        MockHttpServletResponse response = perform(post("/risk-profiles").contentType(MediaType.APPLICATION_JSON)
                .content("{not json"));
        assertEquals(400, response.getStatus());
        ApiValidationError body = json.readValue(response.getContentAsByteArray(), ApiValidationError.class);
        assertEquals(400, body.status());
        assertEquals(List.of("body"), body.detail().get(0).loc());
    }

    @Test
    void beanValidationIs422AtTheJsonField() throws Exception {
        MockHttpServletResponse response = perform(post("/risk-profiles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rik_profile_id\": \"\", \"name\": \"careful\"}"));
        assertEquals(422, response.getStatus());
        ApiValidationError body = json.readValue(response.getContentAsByteArray(), ApiValidationError.class);
        ValidationDetail detail = body.detail().get(0);
        assertEquals(List.of("body", "rik_profile_id"), detail.loc());
        assertEquals("must not be blank", detail.msg());
        assertEquals(Map.of("rik_profile_id", "", "name", "careful"), body.body(), "the request body as received");
    }

    @Test
    void missingAndMistypedParametersAre400AtTheQueryParameter() throws Exception {
        MockHttpServletResponse missing = perform(get("/risk-profiles"));
        assertEquals(400, missing.getStatus());
        ApiValidationError body = json.readValue(missing.getContentAsByteArray(), ApiValidationError.class);
        assertEquals(List.of("query", "limit"), body.detail().get(0).loc());
        assertEquals("value_error.missing", body.detail().get(0).type());

        MockHttpServletResponse mistyped = perform(get("/risk-profiles").param("limit", "many"));
        assertEquals(400, mistyped.getStatus());
        body = json.readValue(mistyped.getContentAsByteArray(), ApiValidationError.class);
        assertEquals(List.of("query", "limit"), body.detail().get(0).loc());
    }

    @Test
    void springsOwnStatusesAreKept() throws Exception {
        MockHttpServletResponse response = perform(post("/risk-profiles").contentType(MediaType.TEXT_PLAIN)
                .content("x"));
        assertEquals(415, response.getStatus());
        assertEquals("Unsupported Media Type", json.readValue(response.getContentAsByteArray(), ApiError.class).title());
    }

    @Test
    void clientsGetTypedExceptions() {
        RestTemplate template = new RestTemplate();
        template.setErrorHandler(new ApiErrorsResponseErrorHandler());
        MockRestServiceServer server = MockRestServiceServer.bindTo(template).build();
        server.expect(requestTo("/risk-profiles/7")).andRespond(withStatus(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_JSON).body("{\"title\": \"Not Found\", \"description\": \"gone\","
                        + " \"request_id\": \"r\", \"timestamp\": \"2021-10-19T15:06:19.855057+00:00\"}"));
        NotFoundException notFound = assertThrows(NotFoundException.class,
                () -> template.getForObject("/risk-profiles/7", String.class));
        assertEquals("gone", notFound.body().description());

        RestClient.Builder builder = RestClient.builder().defaultStatusHandler(new ApiErrorsResponseErrorHandler());
        MockRestServiceServer clientServer = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        clientServer.expect(requestTo("/a")).andRespond(withStatus(HttpStatus.CONFLICT).body("not json"));
        clientServer.expect(requestTo("/b")).andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE));
        BusinessLogicException conflict = assertThrows(BusinessLogicException.class,
                () -> client.get().uri("/a").retrieve().body(String.class));
        assertFalse(conflict.retryable());
        assertThrows(HttpServerErrorException.class, () -> client.get().uri("/b").retrieve().body(String.class),
                "statuses outside the convention stay Spring's");
    }

    @Test
    void catalogKnowsTheOperations() {
        assertTrue(OperationErrors.createRiskProfile().canReturn(422));
        assertTrue(OperationErrors.find("listRiskProfiles").isPresent());
    }
}
