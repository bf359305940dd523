package com.example.team;

import com.example.team.errors.ApiErrorDecoder;
import com.example.team.errors.ApiErrorException;
import com.example.team.errors.TeamError;
import com.example.team.errors.UnprocessableException;
import com.example.team.errors.ValidationDetail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.example.team.errors.ApiErrorsExceptionHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The team's body lists each problem of an invalid request under the team's names, as its convention's fill says. */
class TeamProblemsTest {

    private static final String TEAM = "application/vnd.team.error+json";

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new ThingController())
                .setControllerAdvice(new ApiErrorsExceptionHandler()).build();
    }

    private JsonNode answer(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertEquals(status, response.getStatus(), text);
        assertEquals(TEAM, response.getContentType());
        JsonNode body = json.readTree(text);
        assertEquals(status, body.get("httpStatus").intValue(), text);
        assertEquals(response.getHeader("X-Request-ID"), body.get("trace").textValue(), "the request id, sent back");
        return body;
    }

    @Test
    void anInvalidBodyListsEachProblemByItsPointer() throws Exception {
        JsonNode body = answer(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"size\": 0}")
                .header("X-Request-ID", "req-7"), 422);

        assertEquals("UNPROCESSABLE", body.get("kind").textValue());
        assertEquals("req-7", body.get("trace").textValue());
        List<String> fields = new ArrayList<>();
        for (JsonNode issue : body.get("issues")) {
            fields.add(issue.get("field").textValue());
            assertFalse(issue.get("reason").textValue().isBlank(), issue.toString());
            assertTrue(issue.get("rule").textValue().startsWith("value_error."), issue.toString());
            assertFalse(issue.has("query") || issue.has("headerName"), issue.toString());
        }
        fields.sort(null);
        assertEquals(List.of("/name", "/size"), fields);
        assertTrue(body.get("text").textValue().contains("body.size"), body.toString());
    }

    @Test
    void aMissingParameterOrHeaderIsNamed() throws Exception {
        JsonNode query = answer(get("/things").header("X-Tenant", "t"), 400);
        JsonNode header = answer(get("/things").param("q", "x"), 400);

        assertEquals("BAD_REQUEST", query.get("kind").textValue());
        assertEquals(1, query.get("issues").size());
        assertEquals("q", query.get("issues").get(0).get("query").textValue());
        assertEquals("value_error.missing", query.get("issues").get(0).get("rule").textValue());
        assertEquals("X-Tenant", header.get("issues").get(0).get("headerName").textValue());
        assertFalse(header.get("issues").get(0).has("field"));
    }

    @Test
    void anUnreadableBodyPointsAtTheWholeBody() throws Exception {
        JsonNode body = answer(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"size\": "), 400);

        assertEquals("", body.get("issues").get(0).get("field").textValue());
    }

    @Test
    void anErrorWithoutProblemsHasAnEmptyList() throws Exception {
        JsonNode body = answer(get("/things/7"), 404);

        assertEquals("No thing 7.", body.get("text").textValue());
        assertEquals(0, body.get("issues").size());
    }

    @Test
    void theClientDecoderCarriesTheProblems() {
        ApiErrorException error = ApiErrorDecoder.decode(422, "{\"kind\": \"UNPROCESSABLE\", \"text\": \"bad\","
                + " \"issues\": [{\"field\": \"/items/0/name\", \"reason\": \"must not be null\","
                + " \"rule\": \"value_error.notnull\"}, {\"query\": \"q\", \"reason\": \"too short\"}]}");

        UnprocessableException unprocessable = assertInstanceOf(UnprocessableException.class, error);
        TeamError body = unprocessable.body();
        assertEquals(422, body.httpStatus(), "the status a body without it implies");
        assertEquals("/items/0/name", body.issues().get(0).field());
        List<ValidationDetail> problems = error.problems();
        assertEquals(List.of("body", "items", "0", "name"), problems.get(0).loc());
        assertEquals("/items/0/name", problems.get(0).pointer());
        assertEquals("value_error.notnull", problems.get(0).type());
        assertEquals("q", problems.get(1).parameter());
        assertEquals("422 Unprocessable: body.items.0.name must not be null; parameter.q too short",
                error.getMessage());
    }
}
