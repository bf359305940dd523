package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service with the problem convention, called over HTTP on the loopback interface: every
 * error is an RFC 9457 problem details object of type application/problem+json, as the enriched
 * description declares. Each end-to-end build with that convention runs these tests against its own
 * server, which its subclass starts, and adds the checks of its framework's own request errors.
 */
abstract class ProblemResponsesContract {

    private static EnrichedDescription description;

    /** The port the service listens on, on the loopback interface. */
    protected abstract int port();

    @BeforeAll
    static void loadDescription() {
        description = EnrichedDescription.load();
    }

    protected JsonNode assertProblem(Exchange exchange, int status, String title) {
        assertThat(exchange.status()).as("status of %s %s: %s", exchange.method(), exchange.path(), exchange.body())
                .isEqualTo(status);
        assertThat(exchange.mediaType()).as("content type of the %s response", status)
                .isEqualTo("application/problem+json");
        JsonNode body = exchange.json();
        assertThat(body.get("status").intValue()).as("status member of %s", body).isEqualTo(status);
        assertThat(body.get("title").textValue()).as("title of %s", body).isEqualTo(title);
        assertThat(body.get("type").textValue()).as("type of %s", body).isNotBlank();
        description.assertConforms(exchange);
        return body;
    }

    @Test
    void theValidatorRejectsAProblemOfAnotherMediaType() {
        Exchange broken = new Exchange("GET", "/orders/o-2", 404, java.util.Optional.of("application/json"),
                "{\"title\":\"Not Found\",\"status\":404}");

        assertThat(description.check(broken).hasErrors())
                .as("a 404 as application/json is caught by the validator").isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "malformed-id,  400, Bad Request,           order ids start with o-",
            "token-expired, 401, Unauthorized,          JWT invalid",
            "someone-elses, 403, Forbidden,             The order belongs to another customer",
            "o-404,         404, Not Found,             Order o-404 does not exist",
            "cancelled,     409, Business Logic Error,  The order was cancelled",
            "too-old,       422, Validation error,      orders older than a year are archived",
            "ledger-down,   500, Internal Server Error, The ledger is not reachable",
    })
    void eachExceptionIsAProblem(String orderId, int status, String title, String detail) {
        JsonNode body = assertProblem(Exchange.send(port(), "GET", "/orders/" + orderId, null), status, title);

        assertThat(body.get("detail").textValue()).isEqualTo(detail);
    }

    @Test
    void aValidationProblemListsItsErrors() {
        JsonNode body = assertProblem(Exchange.send(port(), "GET", "/orders/too-old", null), 422, "Validation error");

        assertThat(body.get("type").textValue()).isEqualTo("https://example.com/problems/archived");
        assertThat(body.get("instance").textValue()).isEqualTo("/orders/too-old");
        assertThat(body.get("errors").get(0).get("parameter").textValue()).isEqualTo("orderId");
    }

    @Test
    void aBodyThatFailsValidationListsEachProblemByItsPointer() {
        JsonNode body = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"\",\"quantity\":0}"), 422,
                "Validation error");

        JsonNode errors = body.get("errors");
        assertThat(errors.findValuesAsText("pointer")).as("errors of %s", body)
                .containsExactlyInAnyOrder("/product", "/quantity");
        for (JsonNode error : errors) {
            assertThat(error.get("detail").textValue()).as("detail of %s", error).isNotBlank();
            assertThat(error.has("parameter") || error.has("header")).as("only a pointer in %s", error).isFalse();
        }
    }

    @Test
    void aMissingQueryParameterIsNamed() {
        JsonNode body = assertProblem(Exchange.send(port(), "GET", "/orders", null), 400, "Bad Request");

        assertThat(body.get("errors")).as("errors of %s", body).hasSize(1);
        assertThat(body.get("errors").get(0).get("parameter").textValue()).isEqualTo("status");
        assertThat(body.get("errors").get(0).has("pointer")).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonPointsAtTheWholeBody() {
        JsonNode body = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\": \"tea\", \"quantity\": "),
                400, "Bad Request");

        assertThat(body.get("errors").get(0).get("pointer").textValue()).as("errors of %s", body).isEmpty();
    }

    @Test
    void aBusinessRuleOnCreationIsA409() {
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"sold out\",\"quantity\":1}"), 409,
                "Business Logic Error");
    }

    @Test
    void anUnexpectedExceptionIsA500ThatRevealsNothing() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/bug", null);

        assertProblem(exchange, 500, "Internal Server Error");
        assertThat(exchange.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void anOrderIsServed() {
        Exchange exchange = Exchange.send(port(), "GET", "/orders/o-1", null);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(200);
        description.assertConforms(exchange);
    }
}
