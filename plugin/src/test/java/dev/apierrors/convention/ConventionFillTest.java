package dev.apierrors.convention;

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

/** The convention's {@code fill}: every key, the guess for a body it says nothing of, and every invalid key. */
class ConventionFillTest {

    /** A team body with a member for every key, and a list of problems with a member for every problem key. */
    private static final String BODIES = String.join("\n",
            "mediaType: application/json",
            "bodies:",
            "  Oops:",
            "    type: object",
            "    properties:",
            "      label: {type: string}",
            "      text: {type: string}",
            "      http: {type: integer}",
            "      kind: {type: string}",
            "      trace: {type: string}",
            "      when: {type: string}",
            "      sent: {description: the request body}",
            "      count: {type: integer}",
            "      issues:",
            "        type: array",
            "        items:",
            "          type: object",
            "          properties:",
            "            where: {type: array, items: {type: string}}",
            "            ptr: {type: string}",
            "            param: {type: string}",
            "            head: {type: string}",
            "            why: {type: string}",
            "            code: {type: string}",
            "            n: {type: integer}",
            "            names: {type: array, items: {type: integer}}",
            "      flat: {type: array, items: {type: string}}",
            "  Other:",
            "    type: object",
            "    properties:",
            "      reason: {type: string}",
            "      message: {type: string}",
            "      code: {type: integer}",
            "      traceId: {type: string}",
            "      occurredAt: {type: string}",
            "      name: {type: string}",
            "");
    private static final String STATUSES = String.join("\n",
            "statuses:",
            "  - {code: 400, reason: Bad Request, description: Invalid., body: Oops}",
            "  - {code: 500, reason: Oops, description: Broken., body: Other}",
            "");

    @TempDir
    Path folder;

    private Convention read(String fill) throws IOException {
        Files.writeString(folder.resolve("errors.yaml"), BODIES + fill + STATUSES, StandardCharsets.UTF_8);
        return ConventionReader.resolve("errors.yaml", folder);
    }

    @Test
    void everyKeyNamesItsMember() throws IOException {
        Convention convention = read(String.join("\n",
                "fill:",
                "  Oops:",
                "    title: label",
                "    message: text",
                "    status: http",
                "    code: kind",
                "    requestId: trace",
                "    timestamp: when",
                "    requestBody: sent",
                "    problems:",
                "      member: issues",
                "      location: where",
                "      pointer: ptr",
                "      parameter: param",
                "      header: head",
                "      message: why",
                "      type: code",
                ""));

        assertThat(convention.fill("Oops")).isEqualTo(new BodyFill("label", "text", "http", "kind", "trace", "when",
                "sent", new BodyFill.Problems("issues", "where", "ptr", "param", "head", "why", "code"), false));
        assertThat(convention.fill("Oops").listsProblems()).isTrue();
    }

    @Test
    void aBodyTheFileSaysNothingOfIsFilledAsItsMemberNamesTell() throws IOException {
        Convention convention = read("fill:\n  Oops: {title: label}\n");

        assertThat(convention.fill("Oops")).isEqualTo(new BodyFill("label", null, null, null, null, null, null, null,
                false));
        assertThat(convention.fill("Other")).isEqualTo(new BodyFill("reason", "message", "code", null, "traceId",
                "occurredAt", null, null, true));
        assertThat(convention.fill("Other").listsProblems()).as("problems are never guessed").isFalse();
    }

    @Test
    void theBuiltInConventionsSayWhereTheProblemsGo() {
        Convention standard = ConventionReader.preset(Convention.STANDARD);
        Convention problem = ConventionReader.preset(Convention.PROBLEM);

        assertThat(standard.fill("ApiError")).isEqualTo(new BodyFill("title", "description", null, null, "request_id",
                "timestamp", null, null, false));
        assertThat(standard.fill("ApiValidationError")).isEqualTo(new BodyFill("title", null, "status", null, null,
                null, "body", new BodyFill.Problems("detail", "loc", null, null, null, "msg", "type"), false));
        assertThat(problem.fill("ApiError")).isEqualTo(new BodyFill("title", "detail", "status", null, null, null,
                null, null, false));
        assertThat(problem.fill("ApiValidationError").problems()).isEqualTo(new BodyFill.Problems("errors", null,
                "pointer", "parameter", "header", "detail", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fill not a mapping           | fill: [a]                                              | 37 | fill must be a mapping of body names to the members the handlers fill
            unknown body                 | fill:\\n  Nope: {title: label}                          | 38 | fill: 'Nope' is not a body of the convention (bodies: Oops, Other)
            body fill not a mapping      | fill:\\n  Oops: label                                   | 38 | fill of body 'Oops' must be a mapping of code, message, problems, requestBody, requestId, status, timestamp, title
            unknown key                  | fill:\\n  Oops: {reason: label}                         | 38 | fill of body 'Oops': unknown key 'reason' (expected code, message, problems, requestBody, requestId, status, timestamp, title)
            not a member                 | fill:\\n  Oops: {title: nope}                           | 38 | fill of body 'Oops': title 'nope' is not a property of the body
            empty name                   | fill:\\n  Oops: {message: ''}                           | 38 | fill of body 'Oops': message must name a member (a non-empty text)
            title not a string           | fill:\\n  Oops: {title: http}                           | 38 | fill of body 'Oops': title 'http' must be a string property (it is integer)
            message not a string         | fill:\\n  Oops: {message: issues}                       | 38 | fill of body 'Oops': message 'issues' must be a string property (it is array)
            code not a string            | fill:\\n  Oops: {code: count}                           | 38 | fill of body 'Oops': code 'count' must be a string property (it is integer)
            request id not a string      | fill:\\n  Oops: {requestId: sent}                       | 38 | fill of body 'Oops': requestId 'sent' must be a string property (it is without type)
            timestamp not a string       | fill:\\n  Oops: {timestamp: http}                       | 38 | fill of body 'Oops': timestamp 'http' must be a string property (it is integer)
            status not an integer        | fill:\\n  Oops: {status: text}                          | 38 | fill of body 'Oops': status 'text' must be an integer property (it is string)
            request body with a type     | fill:\\n  Oops: {requestBody: text}                     | 38 | fill of body 'Oops': requestBody 'text' must be a property without type (any value), as the request body may be any JSON
            member filled twice          | fill:\\n  Oops: {title: text, message: text}            | 38 | fill of body 'Oops': member 'text' is filled twice, by title and message
            problems not a mapping       | fill:\\n  Oops: {problems: issues}                      | 38 | fill of body 'Oops': problems must be a mapping of header, location, member, message, parameter, pointer, type
            problems unknown key         | fill:\\n  Oops: {problems: {member: issues, loc: where}} | 38 | fill of body 'Oops': problems: unknown key 'loc' (expected header, location, member, message, parameter, pointer, type)
            problems without member      | fill:\\n  Oops: {problems: {location: where}}           | 38 | fill of body 'Oops': problems has no member: the array member of the body that lists them
            problems member unknown      | fill:\\n  Oops: {problems: {member: nope, location: where}} | 38 | fill of body 'Oops': problems: member 'nope' is not a property of the body
            problems member not objects  | fill:\\n  Oops: {problems: {member: flat, location: where}} | 38 | fill of body 'Oops': problems: member 'flat' must be an array of objects with properties, written in place (type: array, items: {type: object, properties: ...})
            problems item unknown        | fill:\\n  Oops: {problems: {member: issues, pointer: nope}} | 38 | fill of body 'Oops': problems: pointer 'nope' is not a property of the member's items
            location not strings         | fill:\\n  Oops: {problems: {member: issues, location: names}} | 38 | fill of body 'Oops': problems: location 'names' must be an array of strings
            location not an array        | fill:\\n  Oops: {problems: {member: issues, location: ptr}} | 38 | fill of body 'Oops': problems: location 'ptr' must be an array of strings
            pointer not a string         | fill:\\n  Oops: {problems: {member: issues, pointer: n}} | 38 | fill of body 'Oops': problems: pointer 'n' must be a string property (it is integer)
            parameter not a string       | fill:\\n  Oops: {problems: {member: issues, parameter: where}} | 38 | fill of body 'Oops': problems: parameter 'where' must be a string property (it is array)
            header not a string          | fill:\\n  Oops: {problems: {member: issues, header: n}}  | 38 | fill of body 'Oops': problems: header 'n' must be a string property (it is integer)
            message of item not a string | fill:\\n  Oops: {problems: {member: issues, location: where, message: n}} | 38 | fill of body 'Oops': problems: message 'n' must be a string property (it is integer)
            type not a string            | fill:\\n  Oops: {problems: {member: issues, location: where, type: names}} | 38 | fill of body 'Oops': problems: type 'names' must be a string property (it is array)
            item member twice            | fill:\\n  Oops: {problems: {member: issues, pointer: ptr, message: ptr}} | 38 | fill of body 'Oops': problems: member 'ptr' is filled twice, by pointer and message
            problems without where       | fill:\\n  Oops: {problems: {member: issues, message: why}} | 38 | fill of body 'Oops': problems must say where a problem is: location, pointer, parameter or header
            """)
    void anInvalidKeyFailsNamingTheFileAndLine(String name, String fill, int line, String problem) {
        assertThatThrownBy(() -> read(fill.replace("\\n", "\n") + "\n"))
                .isInstanceOf(InvalidConventionException.class)
                .hasMessage("invalid convention: " + folder.resolve("errors.yaml") + ":" + line + ": " + problem);
    }
}
