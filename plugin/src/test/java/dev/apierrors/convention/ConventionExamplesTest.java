package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example body of each status: the convention's own, by status or by body, or one written from the schema. */
class ConventionExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The seed's example of a 400 Bad Request. */
    private static final String SEED_400 = "{\"title\": \"Bad request\", \"detail\": [{\"loc\": [\"body\","
            + " \"rik_profile_id\"], \"msg\": \"extra fields not permitted\", \"type\": \"value_error.extra\"}],"
            + " \"status\": 400, \"body\": {\"rik_profile_id\": \"K01FJCEA3TBBXNPP6GYZ2688EE3\"}}";
    /** The seed's example of a 401 Unauthorised response. */
    private static final String SEED_401 = "{\"title\": \"Unauthorized\", \"description\": \"JWT invalid\","
            + " \"request_id\": \"8d3cc569-00e1-9cdf-96b3-ed394f402fd3\","
            + " \"timestamp\": \"2021-10-19T15:06:19.855057+00:00\"}";

    private static final String BODIES = String.join("\n",
            "mediaType: application/vnd.team.error+json",
            "bodies:",
            "  TeamError:",
            "    type: object",
            "    required: [code, message, at, level, retryAfter, hints, source]",
            "    properties:",
            "      code: {type: string, minLength: 10}",
            "      message: {type: string, example: Try again}",
            "      at: {type: string, format: date-time}",
            "      level: {type: string, enum: [warn, fatal]}",
            "      retryAfter: {type: integer, minimum: 5}",
            "      hints: {type: array, items: {type: string}}",
            "      source: {type: object, required: [field], properties: {field: {type: string}, index: {type: integer}}}",
            "      cause: {$ref: '#/components/schemas/TeamCause'}",
            "  TeamCause:",
            "    type: object",
            "    additionalProperties: false",
            "    properties:",
            "      ratio: {type: number}",
            "statuses:",
            "  - {code: 400, reason: Bad Request, description: The request was invalid., body: TeamError}",
            "  - {code: 429, reason: Too Many Requests, description: Slow down., body: TeamError, retry: retryable}",
            "  - {code: 503, reason: Service Unavailable, description: Try later., body: TeamError}",
            "");

    @TempDir
    Path folder;

    private Convention read(String text) throws IOException {
        Files.writeString(folder.resolve("errors.yaml"), text, StandardCharsets.UTF_8);
        return ConventionReader.resolve("errors.yaml", folder);
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void standardShowsTheSeedsTwoExamples() throws IOException {
        Convention standard = ConventionReader.preset(Convention.STANDARD);

        assertThat(standard.examples().get(400)).isEqualTo(json(SEED_400));
        assertThat(standard.examples().get(401)).isEqualTo(json(SEED_401));
        assertThat(standard.examples().get(422).get("status").asInt()).as("each status its own code").isEqualTo(422);
        assertThat(standard.examples().get(404).get("title").asText()).isEqualTo("Not Found");
        assertThat(standard.examples().keySet()).containsExactly(400, 401, 403, 404, 409, 422, 500);
    }

    @Test
    void problemShowsRfc9457sExamples() {
        Convention problem = ConventionReader.preset(Convention.PROBLEM);

        JsonNode validation = problem.examples().get(422);
        assertThat(validation.get("type").asText()).isEqualTo("https://example.net/validation-error");
        assertThat(validation.at("/errors/0/pointer").asText()).isEqualTo("#/age");
        assertThat(validation.at("/errors/1/detail").asText()).isEqualTo("must be 'green', 'red' or 'blue'");
        assertThat(problem.examples().get(500).get("title").asText()).isEqualTo("You do not have enough credit.");
    }

    @Test
    void withoutExamplesOneIsWrittenFromTheSchemaWithTheRequiredMembers() throws IOException {
        Convention team = read(BODIES);

        JsonNode example = team.examples().get(429);
        assertThat(example).isEqualTo(json("{\"code\": \"stringxxxx\", \"message\": \"Try again\","
                + " \"at\": \"2024-01-31T12:00:00Z\", \"level\": \"warn\", \"retryAfter\": 5, \"hints\": [\"string\"],"
                + " \"source\": {\"field\": \"string\"}}"));
        assertThat(team.examples().get(400)).isEqualTo(example);
        assertThat(new ExampleCheck(team.bodies()).problem(team.bodies().get("TeamError"), example)).isNull();
    }

    @Test
    void aStatusExampleComesBeforeTheBodysExample() throws IOException {
        String body = "{code: E_INVALID_1, message: Nope, at: '2024-05-01T10:00:00+02:00', level: fatal,"
                + " retryAfter: 6, hints: [], source: {field: name}, cause: {ratio: 0.5}}";
        Convention team = read(BODIES + "examples:\n  TeamError: " + body + "\n  503: "
                + body.replace("Nope", "Down for maintenance") + "\n");

        assertThat(team.examples().get(400).get("message").asText()).isEqualTo("Nope");
        assertThat(team.examples().get(429).get("message").asText()).isEqualTo("Nope");
        assertThat(team.examples().get(503).get("message").asText()).isEqualTo("Down for maintenance");
        assertThat(team.examples().get(400).at("/cause/ratio").asDouble()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TeamError: {code: E_INVALID_1}|25|examples: the example of body 'TeamError' is not valid against the body:"
                + " the body lacks the required member 'message'",
        "429: {code: E_INVALID_1, message: m, at: yesterday, level: warn, retryAfter: 5, hints: [], source: {field: f}}"
                + "|25|the example of status 429 (body 'TeamError') is not valid against the body: '/at' is not a date-time",
        "503: {code: E_INVALID_1, message: m, at: '2024-01-31T12:00:00Z', level: info, retryAfter: 5, hints: [],"
                + " source: {field: f}}|25|'/level' is not one of [\"warn\",\"fatal\"]",
        "400: {code: short, message: m, at: '2024-01-31T12:00:00Z', level: warn, retryAfter: 5, hints: [],"
                + " source: {field: f}}|25|'/code' is shorter than 10 characters",
        "TeamCause: {ratio: 1, extra: true}|25|'/extra' is not a property of the body (additionalProperties: false)",
        "418: {}|25|examples: '418' is neither a body nor a status code of the convention",
        "Other: {}|25|examples: 'Other' is neither a body nor a status code of the convention",
    })
    void anInvalidExampleIsRefusedWithItsLine(String entry, int line, String problem) throws IOException {
        assertThatThrownBy(() -> read(BODIES + "examples:\n  " + entry + "\n"))
                .isInstanceOf(InvalidConventionException.class)
                .hasMessageStartingWith("invalid convention: " + folder.resolve("errors.yaml") + ":" + line + ":")
                .hasMessageContaining(problem);
    }

    @Test
    void aRequiredStringWithAPatternNeedsAnExample() throws IOException {
        String text = BODIES.replace("code: {type: string, minLength: 10}", "code: {type: string, pattern: '^E[0-9]+$'}");

        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidConventionException.class)
                .hasMessage("invalid convention: " + folder.resolve("errors.yaml") + ":3: body 'TeamError': no example"
                        + " can be written from its schema ('/code' must match a pattern); give one under examples,"
                        + " with the body's name as key");
        Convention given = read(text + "examples:\n  TeamError: {code: E42, message: m, at: '2024-01-31T12:00:00Z',"
                + " level: warn, retryAfter: 5, hints: [], source: {field: f}}\n");
        assertThat(given.examples().get(400).get("code").asText()).isEqualTo("E42");
    }
}
