package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The errors a WebFlux service raises outside its controller's code: before a handler is chosen
 * (an unknown path, a method or a media type the path does not take), in a {@code WebFilter}, and
 * while WebFlux resolves the handler's arguments (a missing header or cookie, a query parameter of
 * the wrong type). Each convention's subclass says how its bodies name where a problem is.
 */
abstract class WebFluxErrorsContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Added to the Accept of a call to an operation without a success body: the error bodies are
     * all it produces, and with the problem convention those are not application/json.
     */
    private static final String ERRORS = "application/problem+json";

    protected static EnrichedDescription description;

    /** The port the service listens on, on the loopback interface. */
    protected abstract int port();

    /** Asserts the convention's general body (status, media type, members) and returns it. */
    protected abstract JsonNode assertGeneralBody(Exchange exchange, int status, String title);

    /** Asserts the convention's validation body with exactly one problem, about {@code name} in {@code part}. */
    protected abstract void assertOneProblemAbout(Exchange exchange, int status, String part, String name);

    @BeforeAll
    static void loadDescription() {
        description = EnrichedDescription.load();
    }

    /**
     * A status the description does not declare for the path still has the convention's general
     * body: checked against the schema the description declares for a 404 of {@code GET /orders/{orderId}}.
     */
    private static void assertGeneralSchema(Exchange exchange) {
        description.assertConforms(new Exchange("GET", "/orders/o-1", 404, exchange.contentType(), exchange.body()));
    }

    @Test
    void anUnknownPathIsA404WithTheConventionsBody() {
        Exchange exchange = Exchange.send(port(), "GET", "/invoices/7", null);

        assertGeneralBody(exchange, 404, "Not Found");
        assertGeneralSchema(exchange);
    }

    @Test
    void aMethodThePathDoesNotTakeIsA405ThatSaysWhichItTakes() {
        Exchange exchange = Exchange.send(port(), "DELETE", "/orders", null);

        assertGeneralBody(exchange, 405, "Method Not Allowed");
        assertGeneralSchema(exchange);
        assertThat(allow(port(), "DELETE", "/orders")).as("Allow of the 405").contains("GET").contains("POST");
    }

    @Test
    void aMediaTypeThePathDoesNotTakeIsA415() {
        Exchange exchange = send(port(), "POST", "/orders", "product=tea", "text/plain");

        assertGeneralBody(exchange, 415, "Unsupported Media Type");
        assertGeneralSchema(exchange);
    }

    @Test
    void aWebFiltersExceptionIsAnsweredAsTheControllersWouldBe() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/o-1", null, "X-Gateway", "deny");

        JsonNode body = assertGeneralBody(exchange, 403, "Forbidden");
        assertThat(body.toString()).contains("The gateway refused the request");
        description.assertConforms(exchange);
    }

    @Test
    void aWebFiltersUnexpectedExceptionIsA500ThatRevealsNothing() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/o-1", null, "X-Gateway", "crash");

        assertGeneralBody(exchange, 500, "Internal Server Error");
        assertThat(exchange.body()).doesNotContain("hunter2", "secret", "IllegalStateException", "GatewayFilter",
                "\tat ", ".java");
        description.assertConforms(exchange);
    }

    @Test
    void aMissingHeaderIsABadRequestThatNamesIt() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders/o-1/cancellation", null, "Cookie", "session=s-1",
                "Accept", ERRORS);

        assertOneProblemAbout(exchange, 400, "header", "X-Reason");
        description.assertConforms(exchange);
    }

    @Test
    void aMissingCookieIsABadRequestThatNamesIt() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders/o-1/cancellation", null, "X-Reason", "duplicate",
                "Accept", ERRORS);

        assertOneProblemAbout(exchange, 400, "cookie", "session");
        description.assertConforms(exchange);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestThatNamesIt() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders?status=open&limit=lots", null);

        assertOneProblemAbout(exchange, 400, "query", "limit");
        // the validator matches the path without its query
        description.assertConforms(new Exchange("GET", "/orders", exchange.status(), exchange.contentType(),
                exchange.body()));
    }

    @Test
    void withAllItNeedsTheCancellationSucceeds() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders/o-1/cancellation", null, "X-Reason", "duplicate",
                "Cookie", "session=s-1", "Accept", ERRORS);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(204);
        description.assertConforms(exchange);
    }

    /** A request with a body of the given content type, which {@link Exchange#send} always sends as JSON. */
    private static Exchange send(int port, String method, String path, String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = call(request);
        return new Exchange(method, path, response.statusCode(), response.headers().firstValue("Content-Type"),
                response.body());
    }

    private static String allow(int port, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return call(request).headers().firstValue("Allow").orElse("");
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
