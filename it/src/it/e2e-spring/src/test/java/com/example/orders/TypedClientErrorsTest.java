package com.example.orders;

import com.example.orders.errors.ApiError;
import com.example.orders.errors.ApiErrorDecoder;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsResponseErrorHandler;
import com.example.orders.errors.ApiErrorsStatusHandler;
import com.example.orders.errors.ApiValidationError;
import com.example.orders.errors.BadRequestException;
import com.example.orders.errors.BusinessLogicException;
import com.example.orders.errors.ErrorStatus;
import com.example.orders.errors.ForbiddenException;
import com.example.orders.errors.InternalServerErrorException;
import com.example.orders.errors.NotFoundException;
import com.example.orders.errors.UnauthorizedException;
import com.example.orders.errors.ValidationException;
import com.example.orders.model.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Clients of the running service receive each error as the typed exception with its body read: Spring's
 * {@code RestClient} with the generated {@code ApiErrorsStatusHandler}, {@code RestTemplate} with the generated
 * {@code ApiErrorsResponseErrorHandler}, and {@code java.net.http} with the generated {@code ApiErrorDecoder}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedClientErrorsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("malformed-id", BadRequestException.class, ErrorStatus.BAD_REQUEST, "order ids start with o-"),
                Arguments.of("token-expired", UnauthorizedException.class, ErrorStatus.UNAUTHORIZED, "JWT invalid"),
                Arguments.of("someone-elses", ForbiddenException.class, ErrorStatus.FORBIDDEN,
                        "The order belongs to another customer"),
                Arguments.of("o-404", NotFoundException.class, ErrorStatus.NOT_FOUND, "Order o-404 does not exist"),
                Arguments.of("cancelled", BusinessLogicException.class, ErrorStatus.BUSINESS_LOGIC_ERROR,
                        "The order was cancelled"),
                Arguments.of("too-old", ValidationException.class, ErrorStatus.VALIDATION_ERROR,
                        "orders older than a year are archived"),
                Arguments.of("ledger-down", InternalServerErrorException.class, ErrorStatus.INTERNAL_SERVER_ERROR,
                        "The ledger is not reachable"),
                Arguments.of("bug", InternalServerErrorException.class, ErrorStatus.INTERNAL_SERVER_ERROR, null));
    }

    @ParameterizedTest(name = "RestClient, {0} -> {1}")
    @MethodSource("errors")
    void restClientThrowsTheTypedException(String orderId, Class<? extends ApiErrorException> type,
                                           ErrorStatus status, String text) {
        RestClient client = ApiErrorsStatusHandler.register(RestClient.builder())
                .baseUrl("http://127.0.0.1:" + port)
                .build();

        Throwable thrown = catchThrowable(() -> client.get().uri("/orders/{orderId}", orderId)
                .accept(MediaType.APPLICATION_JSON)
                .header("X-Request-ID", "rest-client-" + orderId)
                .retrieve()
                .body(Order.class));

        assertTyped(thrown, type, status, text, "rest-client-" + orderId);
    }

    @ParameterizedTest(name = "RestTemplate, {0} -> {1}")
    @MethodSource("errors")
    void restTemplateThrowsTheTypedException(String orderId, Class<? extends ApiErrorException> type,
                                             ErrorStatus status, String text) {
        RestTemplate template = new RestTemplate();
        template.setErrorHandler(new ApiErrorsResponseErrorHandler());
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.set("X-Request-ID", "rest-template-" + orderId);

        Throwable thrown = catchThrowable(() -> template.exchange("http://127.0.0.1:" + port + "/orders/{orderId}",
                HttpMethod.GET, new HttpEntity<>(headers),
                Order.class, orderId));

        assertTyped(thrown, type, status, text, "rest-template-" + orderId);
    }

    @ParameterizedTest(name = "java.net.http, {0} -> {1}")
    @MethodSource("errors")
    void theDecoderTurnsAResponseIntoTheTypedException(String orderId, Class<? extends ApiErrorException> type,
                                                       ErrorStatus status, String text) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders/" + orderId))
                        .timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json")
                        .header("X-Request-ID", "jdk-" + orderId)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ApiErrorDecoder.isApiError(response.statusCode())).isTrue();
        assertTyped(ApiErrorDecoder.decode(response.statusCode(), response.body()), type, status, text, "jdk-" + orderId);
    }

    @Test
    void aBeanValidationFailureArrivesAsValidationExceptionWithItsDetail() {
        RestClient client = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .build();

        // the handler for this request only
        Throwable thrown = catchThrowable(() -> client.post().uri("/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"product\":\"tea\",\"quantity\":0}")
                .retrieve()
                .onStatus(ApiErrorsStatusHandler::isApiError, new ApiErrorsStatusHandler())
                .body(Order.class));

        assertThat(thrown).isInstanceOf(ValidationException.class);
        ApiValidationError body = ((ValidationException) thrown).body();
        assertThat(body.status()).isEqualTo(422);
        assertThat(body.detail()).singleElement().satisfies(detail -> {
            assertThat(detail.loc()).containsExactly("body", "quantity");
            assertThat(detail.msg()).isNotBlank();
        });
    }

    private static void assertTyped(Throwable thrown, Class<? extends ApiErrorException> type, ErrorStatus status,
                                    String text, String requestId) {
        assertThat(thrown).as("the exception for %s", status).isInstanceOf(type);
        ApiErrorException error = (ApiErrorException) thrown;
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.code()).isEqualTo(status.code());
        assertThat(error.retryable()).as("a %s is retryable", status.code()).isEqualTo(status.code() >= 500);
        assertThat(error.escalate()).as("a %s is escalated", status.code()).isEqualTo(status.code() >= 500);
        if (status.validationBody()) {
            ApiValidationError body = (ApiValidationError) error.body();
            assertThat(body.title()).isEqualTo(status.reason());
            assertThat(body.status()).isEqualTo(status.code());
            assertThat(body.detail()).singleElement().satisfies(detail -> {
                assertThat(detail.loc()).containsExactly("path", "orderId");
                assertThat(detail.msg()).isEqualTo(text);
            });
        } else {
            ApiError body = (ApiError) error.body();
            assertThat(body.title()).isEqualTo(status.reason());
            if (text != null) {
                assertThat(body.description()).isEqualTo(text);
            } else {
                assertThat(body.description()).as("a 500 from an unexpected exception").isNotBlank()
                        .doesNotContain("hunter2");
            }
            assertThat(body.requestId()).isEqualTo(requestId);
            assertThat(body.timestampValue()).as("timestamp %s is an offset date-time", body.timestamp()).isNotNull();
        }
    }

    @Test
    void theConventionSaysWhatToRetryAndWhatToEscalate() {
        assertThat(List.of(ErrorStatus.values())).extracting(ErrorStatus::code)
                .containsExactly(400, 401, 403, 404, 409, 422, 500);
        for (ErrorStatus status : ErrorStatus.values()) {
            assertThat(status.retryable()).as("%s retryable", status).isEqualTo(status.code() == 500);
            assertThat(status.escalate()).as("%s escalated", status).isEqualTo(status.code() == 500);
        }
    }
}
