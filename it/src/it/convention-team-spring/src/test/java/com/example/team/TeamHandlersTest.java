package com.example.team;

import com.example.team.errors.ApiErrorsExceptionHandler;
import com.example.team.errors.ApiErrorsResponseErrorHandler;
import com.example.team.errors.TeamError;
import com.example.team.errors.TooManyRequestsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class TeamHandlersTest {

    private static final String TEAM = "application/vnd.team.error+json";

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new QuotaController())
                .setControllerAdvice(new ApiErrorsExceptionHandler()).build();
    }

    private MockHttpServletResponse perform(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void a429IsAnsweredWithTheTeamsBodyAndMediaType() throws Exception {
        MockHttpServletResponse response = perform("/quota/busy");

        assertEquals(429, response.getStatus());
        assertEquals(TEAM, response.getContentType());
        TeamError body = json.readValue(response.getContentAsByteArray(), TeamError.class);
        assertEquals(new TeamError("TOO_MANY_REQUESTS", "Slow down.", 30), body);
    }

    @Test
    void a503MadeFromAMessageHasItsCodeAndMessage() throws Exception {
        MockHttpServletResponse response = perform("/quota/down");

        assertEquals(503, response.getStatus());
        assertEquals(TEAM, response.getContentType());
        assertEquals("{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"Maintenance until noon.\"}",
                response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anyOtherExceptionIsA500ThatTellsNothing() throws Exception {
        MockHttpServletResponse response = perform("/quota/boom");

        assertEquals(500, response.getStatus());
        assertEquals(TEAM, response.getContentType());
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException"), text);
        assertTrue(json.readValue(text, TeamError.class).message().contains("internal error"), text);
    }

    @Test
    void theClientDecodesA429AndLeavesOtherStatusesToSpring() {
        RestTemplate rest = new RestTemplate();
        rest.setErrorHandler(new ApiErrorsResponseErrorHandler());
        MockRestServiceServer server = MockRestServiceServer.bindTo(rest).build();
        server.expect(requestTo("/quota/busy")).andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(MediaType.valueOf(TEAM))
                .body("{\"code\": \"TOO_MANY_REQUESTS\", \"message\": \"Slow down.\", \"retryAfterSeconds\": 5}"));
        server.expect(requestTo("/quota/gone")).andRespond(withStatus(HttpStatus.GONE));

        TooManyRequestsException error = assertThrows(TooManyRequestsException.class,
                () -> rest.getForObject("/quota/busy", String.class));
        assertTrue(error.retryable());
        assertEquals(5, error.body().retryAfterSeconds());
        assertThrows(HttpClientErrorException.Gone.class, () -> rest.getForObject("/quota/gone", String.class));
    }
}
