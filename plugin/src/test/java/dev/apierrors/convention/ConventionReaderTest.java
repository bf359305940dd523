package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
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

class ConventionReaderTest {

    static final String TEAM = String.join("\n",
            "mediaType: application/vnd.team.error+json",
            "bodies:",
            "  TeamError:",
            "    type: object",
            "    required: [code, message]",
            "    properties:",
            "      code: {type: string}",
            "      message: {type: string}",
            "      retryAfter: {type: integer, format: int32}",
            "      at: {type: string, format: date-time}",
            "      hints: {type: array, items: {type: string}}",
            "      source: {type: object, properties: {field: {type: string}, index: {type: integer}}}",
            "      cause: {$ref: '#/components/schemas/TeamCause'}",
            "  TeamCause:",
            "    type: object",
            "    properties:",
            "      ratio: {type: number}",
            "      fatal: {type: boolean}",
            "statuses:",
            "  - {code: 400, reason: Bad Request, description: The request was invalid., body: TeamError, retry: never}",
            "  - {code: 429, reason: Too Many Requests, description: Slow down., body: TeamError, retry: retryable}",
            "  - {code: 503, reason: Service Unavailable, description: Try later., body: TeamError, retry: escalate}",
            "");

    @TempDir
    Path folder;

    private Convention read(String text) throws IOException {
        Files.writeString(folder.resolve("errors.yaml"), text, StandardCharsets.UTF_8);
        return ConventionReader.resolve("errors.yaml", folder);
    }

    @Nested
    class Presets {

        @Test
        void standardIsTheSevenStatusesWithTheirRetryRule() {
            Convention standard = ConventionReader.resolve(null, Path.of("."));

            assertThat(standard.name()).isEqualTo("standard");
            assertThat(standard.mediaType()).isEqualTo("application/json");
            assertThat(standard.statuses()).extracting(Convention.Status::code)
                    .containsExactly(400, 401, 403, 404, 409, 422, 500);
            assertThat(standard.statuses()).allSatisfy(status -> assertThat(status.retry())
                    .isEqualTo(status.code() < 500 ? Retry.NEVER : Retry.ESCALATE));
            assertThat(standard.status(422).body()).isEqualTo("ApiValidationError");
            assertThat(standard.status(404).body()).isEqualTo("ApiError");
            assertThat(standard.status(409).constantName()).isEqualTo("BUSINESS_LOGIC_ERROR");
            assertThat(standard.status(422).pascalName()).isEqualTo("ValidationError");
        }

        @Test
        void problemIsRfc9457WithTheSameStatuses() {
            Convention problem = ConventionReader.resolve(" problem ", Path.of("."));

            assertThat(problem.mediaType()).isEqualTo("application/problem+json");
            assertThat(problem.statuses()).extracting(Convention.Status::code)
                    .containsExactly(400, 401, 403, 404, 409, 422, 500);
            JsonNode general = problem.bodies().get(problem.status(404).body());
            assertThat(general.get("properties").fieldNames()).toIterable()
                    .containsExactly("type", "title", "status", "detail", "instance");
            assertThat(general.at("/properties/type/default").asText()).isEqualTo("about:blank");
            assertThat(general.at("/additionalProperties").booleanValue()).isTrue();
            JsonNode validation = problem.bodies().get(problem.status(400).body());
            assertThat(problem.status(422).body()).isEqualTo(problem.status(400).body());
            assertThat(validation.at("/properties/errors/items/properties").fieldNames()).toIterable()
                    .contains("detail", "pointer");
        }
    }

    @Test
    void aTeamsConventionIsReadWithItsStatusesAndBodies() throws IOException {
        Convention team = read(TEAM);

        assertThat(team.preset()).isFalse();
        assertThat(team.name()).isEqualTo(folder.resolve("errors.yaml").toString());
        assertThat(team.mediaType()).isEqualTo("application/vnd.team.error+json");
        assertThat(team.bodies()).containsOnlyKeys("TeamError", "TeamCause");
        assertThat(team.bodyLines()).containsEntry("TeamError", 3).containsEntry("TeamCause", 14);
        assertThat(team.statuses()).extracting(s -> s.code() + " " + s.retry() + " " + s.constantName() + " "
                + s.pascalName()).containsExactly("400 NEVER BAD_REQUEST BadRequest",
                "429 RETRYABLE TOO_MANY_REQUESTS TooManyRequests", "503 ESCALATE SERVICE_UNAVAILABLE ServiceUnavailable");
        assertThat(team.status(429).responseDescription())
                .isEqualTo("Too Many Requests. Slow down. Retryable: the same request may succeed later.");
    }

    @Test
    void retryDefaultsToTheStandardRule() throws IOException {
        Convention team = read(TEAM.replace(", retry: never}", "}").replace(", retry: escalate}", "}"));

        assertThat(team.status(400).retry()).isEqualTo(Retry.NEVER);
        assertThat(team.status(503).retry()).isEqualTo(Retry.ESCALATE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top key      | 'mediaType:'                  | 'mediaTyp:'                                   | 1  | unknown key 'mediaTyp'
            bad media type       | 'mediaType: application/vnd.team.error+json' | 'mediaType: json'            | 1  | mediaType 'json' is not a media type
            code below 400       | '{code: 400,'                 | '{code: 399,'                                 | 20 | code 399 is not an error status: codes are 400 to 599
            code above 599       | '{code: 503,'                 | '{code: 600,'                                 | 22 | code 600 is not an error status
            code repeated        | '{code: 503,'                 | '{code: 429,'                                 | 22 | code 429 appears twice (first at line 21)
            code not a number    | '{code: 429,'                 | '{code: many,'                                | 21 | code 'many' is not an HTTP status code
            no reason            | 'reason: Too Many Requests, ' | ''                                            | 21 | status 429 has no reason
            no body              | 'Slow down., body: TeamError' | 'Slow down.'                                  | 21 | status 429 has no body
            body not defined     | 'Slow down., body: TeamError' | 'Slow down., body: Other'                     | 21 | status 429: body 'Other' is not defined under bodies
            unknown status key   | 'retry: retryable}'           | 'retry: retryable, wait: 5}'                  | 21 | unknown key 'wait'
            bad retry            | 'retry: retryable}'           | 'retry: sometimes}'                           | 21 | status 429: retry 'sometimes' is not one of never, retryable, escalate
            oneOf in a body      | '    required: [code, message]' | '    oneOf: [{type: object}]'              | 5  | body 'TeamError': 'oneOf' is not supported
            allOf in a property  | '      fatal: {type: boolean}' | '      fatal: {allOf: [{type: boolean}]}'  | 18 | body 'TeamCause' property 'fatal': 'allOf' is not supported
            anyOf in items       | 'items: {type: string}'       | 'items: {anyOf: [{type: string}]}'            | 11 | body 'TeamError' property 'hints' items: 'anyOf' is not supported
            ref to elsewhere     | '#/components/schemas/TeamCause' | '#/components/schemas/Pet'                 | 13 | $ref '#/components/schemas/Pet' must name another body of the convention
            unsupported type     | 'ratio: {type: number}'       | 'ratio: {type: decimal}'                      | 17 | type '\"decimal\"' is not supported
            body not an object   | '  TeamCause:\n    type: object' | '  TeamCause:\n    type: string'          | 15 | body 'TeamCause' must be an object schema
            required not a property | 'required: [code, message]' | 'required: [code, text]'                    | 5  | required names 'text', which is not one of its properties
            invalid YAML         | 'required: [code, message]'   | 'required: [code, message'                    | 6  | invalid YAML
            """)
    void aBadFileFailsNamingTheFileTheLineAndTheProblem(String what, String from, String to, int line, String problem)
            throws IOException {
        String text = TEAM.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(text).as("the case changes the file").isNotEqualTo(TEAM);

        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidConventionException.class)
                .hasMessageStartingWith("invalid convention: " + folder.resolve("errors.yaml") + ":" + line + ":")
                .hasMessageContaining(problem);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ConventionReader.resolve("no/such.yaml", folder))
                .isInstanceOf(InvalidConventionException.class)
                .hasMessageStartingWith("invalid convention: " + folder.resolve("no/such.yaml"));
    }
}
