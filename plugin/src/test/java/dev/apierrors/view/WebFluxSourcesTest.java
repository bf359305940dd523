package dev.apierrors.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.enrich.EnrichmentOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sources of {@code framework} {@code webflux}, compiled and run: the {@code WebExceptionHandler}
 * answers exchanges the way the convention says, whatever the convention, and the WebClient filter
 * turns the convention's statuses into the typed exceptions.
 */
class WebFluxSourcesTest {

    private static final String PACKAGE = "com.example.api.errors.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A team's convention whose body lists the problems under its own names. */
    private static final String TEAM_WITH_PROBLEMS = String.join("\n",
            "mediaType: application/vnd.team.error+json",
            "bodies:",
            "  TeamError:",
            "    type: object",
            "    required: [kind, text]",
            "    properties:",
            "      kind: {type: string}",
            "      text: {type: string}",
            "      httpStatus: {type: integer}",
            "      trace: {type: string}",
            "      issues:",
            "        type: array",
            "        items:",
            "          type: object",
            "          required: [reason]",
            "          properties:",
            "            field: {type: string}",
            "            query: {type: string}",
            "            headerName: {type: string}",
            "            reason: {type: string}",
            "            rule: {type: string}",
            "fill:",
            "  TeamError:",
            "    code: kind",
            "    message: text",
            "    status: httpStatus",
            "    requestId: trace",
            "    problems: {member: issues, pointer: field, parameter: query, header: headerName, message: reason,"
                    + " type: rule}",
            "statuses:",
            "  - {code: 400, reason: Bad Request, description: Invalid., body: TeamError, retry: never}",
            "  - {code: 404, reason: Not Found, description: No such resource., body: TeamError, retry: never}",
            "  - {code: 422, reason: Unprocessable, description: Breaks a rule., body: TeamError, retry: never}",
            "  - {code: 503, reason: Service Unavailable, description: Down., body: TeamError, retry: escalate}",
            "");

    @TempDir
    Path work;

    /** A request body with a member renamed in JSON, as OpenAPI Generator's models do on the getter. */
    public static class Profile {
        private String rikProfileId;

        @JsonProperty("rik_profile_id")
        public String getRikProfileId() {
            return rikProfileId;
        }
    }

    /** The handler methods whose parameters the exceptions name. */
    public void create(@RequestBody Profile profile) {
    }

    public void tenant(@RequestHeader("X-Tenant") String tenant) {
    }

    private ClassLoader compile(Convention convention) {
        Map<String, byte[]> sources = Generation.generate(Generation.request(Generation.spec("risk-profiles.yaml"),
                work.resolve("out"), Framework.WEBFLUX, EnrichmentOptions.defaults().withConvention(convention), null));
        InMemoryJavac.Result result = InMemoryJavac.compile(sources);
        assertThat(result.errors()).as("compiler messages").isEmpty();
        return result.loader();
    }

    private static WebExceptionHandler handler(ClassLoader loader) throws Exception {
        return (WebExceptionHandler) loader.loadClass(PACKAGE + "ApiErrorsWebExceptionHandler")
                .getConstructor(ServerCodecConfigurer.class).newInstance(ServerCodecConfigurer.create());
    }

    private static MockServerWebExchange exchange(String requestId) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/profiles/7");
        if (requestId != null) {
            request.header("X-Request-ID", requestId);
        }
        return MockServerWebExchange.from(request);
    }

    /** Handles the failure and returns the response's body as JSON. */
    private static JsonNode answer(WebExceptionHandler handler, MockServerWebExchange exchange, Throwable failure)
            throws Exception {
        handler.handle(exchange, failure).block();
        MockServerHttpResponse response = exchange.getResponse();
        return JSON.readTree(response.getBodyAsString().block());
    }

    private static Object exception(ClassLoader loader, String name, String message) throws Exception {
        return loader.loadClass(PACKAGE + name).getConstructor(String.class).newInstance(message);
    }

    private WebExchangeBindException invalidProfile() throws NoSuchMethodException {
        Profile profile = new Profile();
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(profile, "profile");
        result.addError(new FieldError("profile", "rikProfileId", "x", false, new String[] {"Pattern"}, null,
                "must match \"R[0-9]+\""));
        return new WebExchangeBindException(new MethodParameter(
                WebFluxSourcesTest.class.getMethod("create", Profile.class), 0), result);
    }

    @Test
    void theStandardConventionAnswersAnExceptionWithItsStatusBodyAndRequestId() throws Exception {
        ClassLoader loader = compile(ConventionReader.preset(Convention.STANDARD));
        MockServerWebExchange exchange = exchange("req-7");

        JsonNode body = answer(handler(loader), exchange,
                (Throwable) exception(loader, "NotFoundException", "no profile 7"));

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(404);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Request-ID")).isEqualTo("req-7");
        assertThat(body.get("title").textValue()).isEqualTo("Not Found");
        assertThat(body.get("description").textValue()).isEqualTo("no profile 7");
        assertThat(body.get("request_id").textValue()).isEqualTo("req-7");
        assertThat(body.get("timestamp").textValue()).isNotBlank();
    }

    @Test
    void theStandardConventionLocatesABodyMemberByItsJsonName() throws Exception {
        ClassLoader loader = compile(ConventionReader.preset(Convention.STANDARD));
        MockServerWebExchange exchange = exchange(null);

        JsonNode body = answer(handler(loader), exchange, invalidProfile());

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(422);
        assertThat(body.get("title").textValue()).isEqualTo("Validation error");
        assertThat(body.get("detail")).hasSize(1);
        assertThat(body.get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"rik_profile_id\"]");
        assertThat(body.get("detail").get(0).get("type").textValue()).isEqualTo("value_error.pattern");
        assertThat(body.get("body").has("rik_profile_id")).as("the request body as read: %s", body).isTrue();
    }

    @Test
    void theStandardConventionNamesAMissingHeaderAndAnUnreadableBody() throws Exception {
        ClassLoader loader = compile(ConventionReader.preset(Convention.STANDARD));
        MethodParameter header = new MethodParameter(WebFluxSourcesTest.class.getMethod("tenant", String.class), 0);
        MethodParameter requestBody = new MethodParameter(
                WebFluxSourcesTest.class.getMethod("create", Profile.class), 0);
        MockServerWebExchange missing = exchange(null);
        MockServerWebExchange unreadable = exchange(null);

        JsonNode missingBody = answer(handler(loader), missing,
                new MissingRequestValueException("X-Tenant", String.class, "header", header));
        JsonNode unreadableBody = answer(handler(loader), unreadable,
                new ServerWebInputException("Failed to read HTTP message", requestBody,
                        new IllegalArgumentException("JSON parse error: secret")));

        assertThat(missing.getResponse().getStatusCode().value()).isEqualTo(400);
        assertThat(missingBody.get("detail").get(0).get("loc").toString()).isEqualTo("[\"header\",\"X-Tenant\"]");
        assertThat(missingBody.get("detail").get(0).get("type").textValue()).isEqualTo("value_error.missing");
        assertThat(unreadable.getResponse().getStatusCode().value()).isEqualTo(400);
        assertThat(unreadableBody.get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\"]");
        assertThat(unreadableBody.toString()).doesNotContain("secret");
    }

    @Test
    void errorsBeforeAHandlerKeepTheirStatusAndAnythingElseIsA500ThatTellsNothing() throws Exception {
        ClassLoader loader = compile(ConventionReader.preset(Convention.STANDARD));
        MockServerWebExchange unknownPath = exchange(null);
        MockServerWebExchange wrongMethod = exchange(null);
        MockServerWebExchange crash = exchange("req-crash");

        JsonNode notFound = answer(handler(loader), unknownPath, new ResponseStatusException(HttpStatus.NOT_FOUND));
        JsonNode notAllowed = answer(handler(loader), wrongMethod,
                new MethodNotAllowedException(HttpMethod.DELETE, Set.of(HttpMethod.GET)));
        JsonNode internal = answer(handler(loader), crash, new IllegalStateException("secret: hunter2"));

        assertThat(unknownPath.getResponse().getStatusCode().value()).isEqualTo(404);
        assertThat(notFound.get("title").textValue()).isEqualTo("Not Found");
        assertThat(wrongMethod.getResponse().getStatusCode().value()).isEqualTo(405);
        assertThat(wrongMethod.getResponse().getHeaders().getAllow()).containsExactly(HttpMethod.GET);
        assertThat(notAllowed.has("request_id")).as("405 with the convention's general body: %s", notAllowed)
                .isTrue();
        assertThat(crash.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(internal.get("request_id").textValue()).isEqualTo("req-crash");
        assertThat(internal.toString()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void problemDetailsPointAtTheInvalidMemberAndTakeNoRequestId() throws Exception {
        ClassLoader loader = compile(ConventionReader.preset(Convention.PROBLEM));
        MockServerWebExchange exchange = exchange("req-9");

        JsonNode body = answer(handler(loader), exchange, invalidProfile());

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(422);
        assertThat(exchange.getResponse().getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().containsKey("X-Request-ID"))
                .as("problem details take no request id").isFalse();
        assertThat(body.get("status").intValue()).isEqualTo(422);
        assertThat(body.get("errors").get(0).get("pointer").textValue()).isEqualTo("/rik_profile_id");
        assertThat(body.get("errors").get(0).get("detail").textValue()).isEqualTo("must match \"R[0-9]+\"");
    }

    @Test
    void aTeamsConventionGetsItsOwnMediaTypeMembersAndProblemNames() throws Exception {
        Files.writeString(work.resolve("errors.yaml"), TEAM_WITH_PROBLEMS);
        ClassLoader loader = compile(ConventionReader.resolve("errors.yaml", work));
        MethodParameter header = new MethodParameter(WebFluxSourcesTest.class.getMethod("tenant", String.class), 0);
        MockServerWebExchange invalid = exchange("req-team");
        MockServerWebExchange missing = exchange(null);
        MockServerWebExchange crash = exchange(null);

        JsonNode invalidBody = answer(handler(loader), invalid, invalidProfile());
        JsonNode missingBody = answer(handler(loader), missing,
                new MissingRequestValueException("X-Tenant", String.class, "header", header));
        JsonNode crashBody = answer(handler(loader), crash, new IllegalStateException("secret"));

        assertThat(invalid.getResponse().getStatusCode().value()).isEqualTo(422);
        assertThat(invalid.getResponse().getHeaders().getContentType())
                .hasToString("application/vnd.team.error+json");
        assertThat(invalid.getResponse().getHeaders().getFirst("X-Request-ID")).isEqualTo("req-team");
        assertThat(invalidBody.get("trace").textValue()).isEqualTo("req-team");
        assertThat(invalidBody.get("httpStatus").intValue()).isEqualTo(422);
        assertThat(invalidBody.get("issues").get(0).get("field").textValue()).isEqualTo("/rik_profile_id");
        assertThat(invalidBody.get("issues").get(0).get("rule").textValue()).isEqualTo("value_error.pattern");
        assertThat(missing.getResponse().getStatusCode().value()).isEqualTo(400);
        assertThat(missingBody.get("issues").get(0).get("headerName").textValue()).isEqualTo("X-Tenant");
        assertThat(crash.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(crashBody.get("httpStatus").intValue()).isEqualTo(500);
        assertThat(crashBody.toString()).doesNotContain("secret");
    }

    @Test
    void theWebClientFilterTurnsAConventionStatusIntoItsExceptionAndPassesOthers() throws Exception {
        ClassLoader loader = compile(ConventionReader.preset(Convention.STANDARD));
        ExchangeFilterFunction filter = (ExchangeFilterFunction) loader.loadClass(PACKAGE + "ApiErrorsWebClientFilter")
                .getConstructor().newInstance();
        ClientRequest request = ClientRequest.create(HttpMethod.GET, URI.create("http://localhost/profiles/7")).build();
        String notFound = "{\"title\":\"Not Found\",\"description\":\"no profile 7\",\"request_id\":\"r-1\","
                + "\"timestamp\":\"2021-10-19T15:06:19.855057+00:00\"}";

        Mono<ClientResponse> failed = filter.filter(request, sent -> Mono.just(ClientResponse.create(HttpStatus.NOT_FOUND)
                .header("Content-Type", "application/json").body(notFound).build()));
        ClientResponse teapot = filter.filter(request, sent -> Mono.just(ClientResponse.create(HttpStatus.I_AM_A_TEAPOT)
                .build())).block();

        assertThatThrownBy(failed::block).isInstanceOf(loader.loadClass(PACKAGE + "NotFoundException"))
                .satisfies(error -> assertThat(JSON.valueToTree(error.getClass().getMethod("body").invoke(error))
                        .get("request_id").textValue()).isEqualTo("r-1"));
        assertThat(teapot.statusCode().value()).as("a status outside the convention passes").isEqualTo(418);
    }
}
