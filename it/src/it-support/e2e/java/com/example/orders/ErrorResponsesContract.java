package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.example.orders.ErrorBodies.assertGeneralBody;
import static com.example.orders.ErrorBodies.assertValidationBody;
import static com.example.orders.ErrorBodies.locs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service, called over HTTP on the loopback interface: every error reaches the client as the
 * convention says, and as the enriched description declares. Each end-to-end build runs these tests
 * against its own server, which its subclass starts.
 */
abstract class ErrorResponsesContract {

    private static EnrichedDescription description;

    /** The port the service listens on, on the loopback interface. */
    protected abstract int port();

    @BeforeAll
    static void loadDescription() {
        description = EnrichedDescription.load();
    }

    @Test
    void anOrderIsServedAndConformsToTheDescription() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/o-1", null);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(200);
        assertThat(exchange.json().get("product").textValue()).isEqualTo("tea");
        description.assertConforms(exchange);
    }

    @Test
    void theValidatorRejectsAnErrorBodyThatBreaksTheConvention() {
        Exchange broken = new Exchange("GET", "/orders/o-2", 404, java.util.Optional.of("application/json"),
                "{\"title\":\"Not Found\",\"description\":\"gone\",\"timestamp\":\"2021-10-19T15:06:19.855057+00:00\"}");

        assertThat(description.check(broken).hasErrors())
                .as("a 404 body without request_id is caught by the validator").isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "token-expired, 401, Unauthorized,          JWT invalid",
            "someone-elses, 403, Forbidden,             The order belongs to another customer",
            "o-404,         404, Not Found,             Order o-404 does not exist",
            "cancelled,     409, Business Logic Error,  The order was cancelled",
            "ledger-down,   500, Internal Server Error, The ledger is not reachable",
    })
    void eachExceptionWithTheGeneralBody(String orderId, int status, String title, String text) {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/" + orderId, null, "X-Request-ID", "req-" + orderId);

        JsonNode body = assertGeneralBody(exchange, status, title);
        assertThat(body.get("description").textValue()).isEqualTo(text);
        assertThat(body.get("request_id").textValue()).as("request_id echoes X-Request-ID").isEqualTo("req-" + orderId);
        description.assertConforms(exchange);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "malformed-id, 400, Bad Request,      order ids start with o-,                value_error.format",
            "too-old,      422, Validation error, orders older than a year are archived, value_error.archived",
    })
    void eachExceptionWithTheValidationBody(String orderId, int status, String title, String msg, String type) {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/" + orderId, null);

        JsonNode body = assertValidationBody(exchange, status, title);
        assertThat(locs(body)).containsExactly(List.of("path", "orderId"));
        assertThat(body.get("detail").get(0).get("msg").textValue()).isEqualTo(msg);
        assertThat(body.get("detail").get(0).get("type").textValue()).isEqualTo(type);
        description.assertConforms(exchange);
    }

    @Test
    void malformedJsonIsABadRequestAboutTheBody() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders", "{\"product\": \"tea\", \"quantity\": ");

        JsonNode body = assertValidationBody(exchange, 400, "Bad Request");
        assertThat(locs(body)).containsExactly(List.of("body"));
        description.assertConforms(exchange);
    }

    @Test
    void aBeanValidationFailurePointsAtTheField() {
        String sent = "{\"product\":\"tea\",\"quantity\":0}";
        Exchange exchange = Exchange.send(port(), "POST", "/orders", sent);

        JsonNode body = assertValidationBody(exchange, 422, "Validation error");
        assertThat(locs(body)).containsExactly(List.of("body", "quantity"));
        // the request body as the service read it: what was sent, and the optional fields it lacked as null
        JsonNode echoed = body.get("body");
        assertThat(echoed).as("the request body is echoed").isNotNull();
        ErrorBodies.json(sent).fields().forEachRemaining(field ->
                assertThat(echoed.get(field.getKey())).as("echoed %s", field.getKey()).isEqualTo(field.getValue()));
        echoed.fields().forEachRemaining(field -> assertThat(ErrorBodies.json(sent).has(field.getKey())
                || field.getValue().isNull()).as("echoed %s was not sent", field.getKey()).isTrue());
        description.assertConforms(exchange);
    }

    @Test
    void everyInvalidFieldIsReported() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders", "{\"product\":\"\",\"quantity\":-3}");

        JsonNode body = assertValidationBody(exchange, 422, "Validation error");
        assertThat(locs(body)).containsExactlyInAnyOrder(List.of("body", "product"), List.of("body", "quantity"));
        description.assertConforms(exchange);
    }

    @Test
    void theLocOfAFieldIsItsNameInJson() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders",
                "{\"product\":\"tea\",\"quantity\":1,\"customer_ref\":\"nobody\"}");

        JsonNode body = assertValidationBody(exchange, 422, "Validation error");
        assertThat(locs(body)).containsExactly(List.of("body", "customer_ref"));
        description.assertConforms(exchange);
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequestAboutTheBody() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders", "{\"product\":\"tea\",\"quantity\":\"many\"}");

        JsonNode body = assertValidationBody(exchange, 400, "Bad Request");
        assertThat(locs(body)).singleElement().satisfies(loc -> assertThat(loc).startsWith("body"));
        description.assertConforms(exchange);
    }

    @Test
    void aMissingRequiredQueryParameterIsABadRequestAboutIt() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders", null);

        JsonNode body = assertValidationBody(exchange, 400, "Bad Request");
        assertThat(locs(body)).containsExactly(List.of("query", "status"));
        description.assertConforms(exchange);
    }

    @Test
    void anUnexpectedExceptionIsA500ThatRevealsNothing() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/bug", null, "X-Request-ID", "req-bug");

        JsonNode body = assertGeneralBody(exchange, 500, "Internal Server Error");
        assertThat(body.get("request_id").textValue()).isEqualTo("req-bug");
        assertThat(exchange.body())
                .as("the 500 body shows neither the exception, its message nor a stack trace")
                .doesNotContain("hunter2", "secret", "IllegalStateException", "OrdersController", "OrdersResource",
                        "Exception",
                        "\tat ", ".java");
        description.assertConforms(exchange);
    }

    @Test
    void aBusinessRuleOnCreationIsA409() {
        Exchange exchange = Exchange.send(port(), "POST", "/orders", "{\"product\":\"sold out\",\"quantity\":1}");

        JsonNode body = assertGeneralBody(exchange, 409, "Business Logic Error");
        assertThat(body.get("description").textValue()).isEqualTo("The product is sold out");
        description.assertConforms(exchange);
    }

    @Test
    void withoutXRequestIdEachErrorGetsItsOwnRequestId() {
        Exchange first = Exchange.send(port(), "GET", "/orders/o-404", null);
        Exchange second = Exchange.send(port(), "GET", "/orders/o-404", null);

        String firstId = assertGeneralBody(first, 404, "Not Found").get("request_id").textValue();
        String secondId = assertGeneralBody(second, 404, "Not Found").get("request_id").textValue();
        assertThat(firstId).as("request ids of two requests").isNotEqualTo(secondId);
        description.assertConforms(first);
    }
}
