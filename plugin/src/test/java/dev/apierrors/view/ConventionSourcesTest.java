package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.enrich.EnrichmentOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java sources of a convention with bodies of its own (RFC 9457 problem details, a team's
 * file with 429 and 503) compile for every framework, and run: the decoder, the statuses, the
 * bodies and the Spring handler.
 */
class ConventionSourcesTest {

    private static final String PACKAGE = "com.example.api.errors.";

    static final String TEAM = String.join("\n",
            "mediaType: application/vnd.team.error+json",
            "bodies:",
            "  TeamError:",
            "    type: object",
            "    description: A team's error.",
            "    required: [code, message]",
            "    properties:",
            "      code: {type: string}",
            "      message: {type: string, description: For people.}",
            "      status: {type: integer, format: int64}",
            "      retry-after: {type: integer}",
            "      ratio: {type: number}",
            "      fatal: {type: boolean}",
            "      at: {type: string, format: date-time}",
            "      hints: {type: array, items: {type: string}}",
            "      source: {type: object, properties: {field: {type: string}, index: {type: integer}}}",
            "      extra: {type: object}",
            "      anything: {description: any value}",
            "      class: {type: string}",
            "      cause: {$ref: '#/components/schemas/TeamCause'}",
            "  TeamCause: {type: object, properties: {text: {type: string}}}",
            "statuses:",
            "  - {code: 400, reason: Bad Request, description: The request was invalid., body: TeamError, retry: never}",
            "  - {code: 429, reason: Too Many Requests, description: Slow down., body: TeamError, retry: retryable}",
            "  - {code: 500, reason: Internal Server Error, description: Oops., body: TeamError, retry: escalate}",
            "  - {code: 503, reason: Service Unavailable, description: Try later., body: TeamCause, retry: escalate}",
            "");

    @TempDir
    Path work;

    private Convention team() throws IOException {
        Files.writeString(work.resolve("errors.yaml"), TEAM);
        return ConventionReader.resolve("errors.yaml", work);
    }

    private Map<String, byte[]> generate(Convention convention, Framework framework) {
        return Generation.generate(Generation.request(Generation.spec("risk-profiles.yaml"), work.resolve("out"),
                framework, EnrichmentOptions.defaults().withConvention(convention), null));
    }

    private ClassLoader compile(Map<String, byte[]> sources) {
        InMemoryJavac.Result result = InMemoryJavac.compile(sources);
        assertThat(result.errors()).isEmpty();
        assertThat(sources).allSatisfy((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)
                .chars().allMatch(c -> c < 0x80)).as(path).isTrue());
        return result.loader();
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aTeamsConventionCompiles(Framework framework) throws IOException {
        Map<String, byte[]> sources = generate(team(), framework);

        assertThat(sources.keySet()).contains("com/example/api/errors/TeamError.java",
                "com/example/api/errors/TeamCause.java", "com/example/api/errors/TeamErrorSource.java",
                "com/example/api/errors/TooManyRequestsException.java",
                "com/example/api/errors/ServiceUnavailableException.java")
                .contains("com/example/api/errors/ValidationDetail.java")
                .doesNotContain("com/example/api/errors/ApiError.java");
        compile(sources);
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void problemDetailsCompile(Framework framework) {
        Map<String, byte[]> sources = generate(ConventionReader.preset(Convention.PROBLEM), framework);

        assertThat(sources.keySet()).contains("com/example/api/errors/ApiError.java",
                "com/example/api/errors/ApiValidationError.java",
                "com/example/api/errors/ApiValidationErrorErrorsItem.java",
                "com/example/api/errors/BusinessLogicException.java");
        compile(sources);
    }

    @Test
    void theStandardBodiesWithOtherStatusesGoThroughTheSameTemplates() throws Exception {
        String standard = new String(getClass().getResourceAsStream("/dev/apierrors/convention/standard.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("more.yaml"), standard + "  - {code: 429, reason: Too Many Requests,"
                + " description: Slow down., body: ApiError, retry: retryable}\n");
        Files.writeString(work.resolve("fewer.yaml"), standard.substring(0, standard.indexOf("  - code: 500")));

        Map<String, byte[]> more = generate(ConventionReader.resolve("more.yaml", work), Framework.SPRING);
        Map<String, byte[]> fewer = generate(ConventionReader.resolve("fewer.yaml", work), Framework.SPRING);

        assertThat(more).containsKeys("com/example/api/errors/ValidationDetail.java",
                "com/example/api/errors/TooManyRequestsException.java");
        Object tooMany = compile(more).loadClass(PACKAGE + "ApiErrorDecoder").getMethod("decode", int.class, String.class)
                .invoke(null, 429, "{\"title\": \"Too Many Requests\", \"description\": \"slow\"}");
        assertThat(call(tooMany, "retryable")).isEqualTo(true);
        assertThat(call(call(tooMany, "body"), "description")).isEqualTo("slow");
        assertThat(fewer).containsKeys("com/example/api/errors/ValidationDetail.java",
                "com/example/api/errors/ApiError.java");
        compile(fewer);
    }

    @Test
    void theDecoderReadsATeamsBodies() throws Exception {
        ClassLoader loader = compile(generate(team(), Framework.NONE));
        Class<?> decoder = loader.loadClass(PACKAGE + "ApiErrorDecoder");

        Object slowDown = decoder.getMethod("decode", int.class, String.class).invoke(null, 429,
                "{\"code\": \"RATE\", \"message\": \"slow\", \"status\": 429, \"retry-after\": 30, \"ratio\": 0.5,"
                        + " \"fatal\": false, \"hints\": [\"wait\", \"batch\"], \"source\": {\"field\": \"x\", \"index\": 2},"
                        + " \"extra\": {\"k\": 1}, \"anything\": [1], \"class\": \"c\", \"cause\": {\"text\": \"t\"}, \"new\": 1}");

        assertThat(slowDown.getClass().getSimpleName()).isEqualTo("TooManyRequestsException");
        assertThat(call(slowDown, "retryable")).isEqualTo(true);
        assertThat(call(slowDown, "escalate")).isEqualTo(false);
        Object body = call(slowDown, "body");
        assertThat(call(body, "code")).isEqualTo("RATE");
        assertThat(call(body, "message")).isEqualTo("slow");
        assertThat(call(body, "status")).isEqualTo(429L);
        assertThat(call(body, "retryAfter")).isEqualTo(30);
        assertThat(call(body, "ratio")).isEqualTo(0.5);
        assertThat(call(body, "fatal")).isEqualTo(false);
        assertThat(call(body, "hints")).isEqualTo(List.of("wait", "batch"));
        assertThat(call(call(body, "source"), "index")).isEqualTo(2);
        assertThat(call(body, "extra")).isEqualTo(Map.of("k", 1));
        assertThat(call(body, "anything")).isEqualTo(List.of(1));
        assertThat(call(body, "_class")).isEqualTo("c");
        assertThat(call(call(body, "cause"), "text")).isEqualTo("t");

        Object unavailable = decoder.getMethod("decode", int.class, String.class).invoke(null, 503, "not json");
        assertThat(unavailable.getClass().getSimpleName()).isEqualTo("ServiceUnavailableException");
        assertThat(call(unavailable, "escalate")).isEqualTo(true);
        assertThat(call(call(unavailable, "body"), "text")).isNull();
    }

    @Test
    void theSpringHandlerAnswersWithTheConventionsBodyAndMediaType() throws Exception {
        ClassLoader loader = compile(generate(ConventionReader.preset(Convention.PROBLEM), Framework.SPRING));
        Object handler = loader.loadClass(PACKAGE + "ApiErrorsExceptionHandler").getConstructor().newInstance();
        Object notFound = loader.loadClass(PACKAGE + "NotFoundException").getConstructor(String.class)
                .newInstance("no profile 7");

        ResponseEntity<?> answer = (ResponseEntity<?>) handler.getClass()
                .getMethod("handleApiError", loader.loadClass(PACKAGE + "ApiErrorException"), WebRequest.class)
                .invoke(handler, notFound, request());
        ResponseEntity<?> crash = (ResponseEntity<?>) handler.getClass()
                .getMethod("handleOther", Exception.class, WebRequest.class)
                .invoke(handler, new IllegalStateException("secret"), request());

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode json = new ObjectMapper().valueToTree(answer.getBody());
        assertThat(json.toString()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"no profile 7\"}");
        assertThat(crash.getStatusCode().value()).isEqualTo(500);
        assertThat(new ObjectMapper().valueToTree(crash.getBody()).toString()).doesNotContain("secret")
                .contains("\"status\":500");
        Object invalid = loader.loadClass(PACKAGE + "ValidationException").getConstructor(String.class)
                .newInstance("bad");
        assertThat(new ObjectMapper().valueToTree(call(invalid, "body")).get("errors").isArray()).isTrue();
    }

    @Test
    void theSpringHandlerOfProblemDetailsNamesAMissingParameter() throws Exception {
        ClassLoader loader = compile(generate(ConventionReader.preset(Convention.PROBLEM), Framework.SPRING));
        Object handler = loader.loadClass(PACKAGE + "ApiErrorsExceptionHandler").getConstructor().newInstance();

        ResponseEntity<?> answer = (ResponseEntity<?>) handler.getClass()
                .getMethod("handleMissingParameter", MissingServletRequestParameterException.class, WebRequest.class)
                .invoke(handler, new MissingServletRequestParameterException("q", "String"), request());

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().containsKey("X-Request-ID")).as("problem details take no request id").isFalse();
        assertThat(new ObjectMapper().valueToTree(answer.getBody()).toString()).isEqualTo("{\"type\":\"about:blank\","
                + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"query.q This value is required.\","
                + "\"errors\":[{\"detail\":\"This value is required.\",\"parameter\":\"q\"}]}");
    }

    @Test
    void theDecoderOfProblemDetailsGivesTheProblemsWhereverTheyAre() throws Exception {
        ClassLoader loader = compile(generate(ConventionReader.preset(Convention.PROBLEM), Framework.NONE));

        Object invalid = loader.loadClass(PACKAGE + "ApiErrorDecoder").getMethod("decode", int.class, String.class)
                .invoke(null, 422, "{\"title\": \"Validation error\", \"errors\": [{\"detail\": \"must not be null\","
                        + " \"pointer\": \"/items/0/name\"}, {\"detail\": \"too long\", \"header\": \"X-Tag\"}]}");

        assertThat(invalid.getClass().getSimpleName()).isEqualTo("ValidationException");
        List<?> problems = (List<?>) call(invalid, "problems");
        assertThat(problems).hasSize(2);
        assertThat(call(problems.get(0), "loc")).isEqualTo(List.of("body", "items", "0", "name"));
        assertThat(call(problems.get(0), "msg")).isEqualTo("must not be null");
        assertThat(call(problems.get(1), "header")).isEqualTo("X-Tag");
        assertThat(((Exception) invalid).getMessage())
                .isEqualTo("422 Validation error: body.items.0.name must not be null; header.X-Tag too long");
        assertThat(call(call(invalid, "body"), "status")).as("the status a body without it implies").isEqualTo(422);
    }

    @Test
    void aTemplateOfTheUsersReplacesTheDefaultForEveryConvention() throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("errorBody.mustache"), "// mine: {{type}}\n");
        Map<String, Convention> conventions = Map.of("standard", ConventionReader.preset(Convention.STANDARD),
                "problem", ConventionReader.preset(Convention.PROBLEM), "team", team());

        conventions.forEach((name, convention) -> {
            Map<String, byte[]> sources = Generation.generate(Generation.request(Generation.spec("risk-profiles.yaml"),
                    work.resolve(name), Framework.NONE, EnrichmentOptions.defaults().withConvention(convention),
                    templates));
            String body = name.equals("team") ? "TeamError" : "ApiError";
            assertThat(new String(sources.get("com/example/api/errors/" + body + ".java"), StandardCharsets.UTF_8))
                    .as(name).isEqualTo("// mine: " + body + "\n");
        });
    }

    private static WebRequest request() {
        return new ServletWebRequest((HttpServletRequest) Proxy.newProxyInstance(
                ConventionSourcesTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> null));
    }

    private static Object call(Object target, String method) throws Exception {
        return target.getClass().getMethod(method).invoke(target);
    }
}
