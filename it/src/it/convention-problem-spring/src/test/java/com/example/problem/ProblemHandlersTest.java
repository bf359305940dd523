package com.example.problem;

import com.example.problem.errors.ApiError;
import com.example.problem.errors.ApiErrorsExceptionHandler;
import com.example.problem.errors.ApiErrorsResponseErrorHandler;
import com.example.problem.errors.ApiValidationError;
import com.example.problem.errors.NotFoundException;
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
import org.springframework.web.client.RestTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class ProblemHandlersTest {

    private static final String PROBLEM = "application/problem+json";

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new ThingController())
                .setControllerAdvice(new ApiErrorsExceptionHandler()).build();
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anApiErrorExceptionIsAProblemDetailsObject() throws Exception {
        MockHttpServletResponse response = perform(get("/things/7"));

        assertEquals(404, response.getStatus());
        assertEquals(PROBLEM, response.getContentType());
        Map<?, ?> raw = json.readValue(response.getContentAsByteArray(), Map.class);
        assertEquals(List.of("type", "title", "status", "detail"), List.copyOf(raw.keySet()),
                "RFC 9457 members, none of them null");
        ApiError body = json.readValue(response.getContentAsByteArray(), ApiError.class);
        assertEquals("about:blank", body.type());
        assertEquals("Not Found", body.title());
        assertEquals(404, body.status());
        assertEquals("No thing 7", body.detail());
    }

    @Test
    void aValidationProblemCarriesTheErrorsMember() throws Exception {
        MockHttpServletResponse response = perform(post("/things").contentType(MediaType.APPLICATION_JSON)
                .content("{\"size\": 3}"));

        assertEquals(422, response.getStatus());
        assertEquals(PROBLEM, response.getContentType());
        ApiValidationError body = json.readValue(response.getContentAsByteArray(), ApiValidationError.class);
        assertEquals(422, body.status());
        assertEquals("A thing needs a name.", body.detail());
        assertEquals(List.of(), body.errors());
    }

    @Test
    void springsOwnErrorsKeepTheirStatusAsProblems() throws Exception {
        MockHttpServletResponse unreadable = perform(post("/things").contentType(MediaType.APPLICATION_JSON)
                .content("{not json"));
        assertEquals(400, unreadable.getStatus());
        assertEquals(PROBLEM, unreadable.getContentType());
        assertEquals(400, json.readValue(unreadable.getContentAsByteArray(), ApiValidationError.class).status());

        MockHttpServletResponse missing = perform(get("/things"));
        assertEquals(400, missing.getStatus());
        assertEquals(PROBLEM, missing.getContentType());

        MockHttpServletResponse mistyped = perform(get("/things").param("limit", "many"));
        assertEquals(400, mistyped.getStatus());
        assertTrue(mistyped.getContentAsString(StandardCharsets.UTF_8).contains("limit"));
    }

    @Test
    void anyOtherExceptionIsA500ThatTellsNothing() throws Exception {
        MockHttpServletResponse response = perform(get("/things/boom"));

        assertEquals(500, response.getStatus());
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException"), text);
        assertEquals("Internal Server Error", json.readValue(text, ApiError.class).title());
    }

    @Test
    void theClientDecodesAProblem() {
        RestTemplate rest = new RestTemplate();
        rest.setErrorHandler(new ApiErrorsResponseErrorHandler());
        MockRestServiceServer server = MockRestServiceServer.bindTo(rest).build();
        server.expect(requestTo("/things/9")).andRespond(withStatus(HttpStatus.NOT_FOUND)
                .contentType(MediaType.valueOf(PROBLEM))
                .body("{\"type\": \"https://example.com/probs/no-thing\", \"title\": \"Not Found\", \"status\": 404,"
                        + " \"detail\": \"No thing 9\", \"instance\": \"/things/9\", \"balance\": 30}"));

        NotFoundException error = assertThrows(NotFoundException.class, () -> rest.getForObject("/things/9", String.class));

        assertEquals("https://example.com/probs/no-thing", error.body().type());
        assertEquals("No thing 9", error.body().detail());
        assertEquals("/things/9", error.body().instance());
    }
}
