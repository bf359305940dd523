package com.example.orders;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quarkus service with the problem convention (-Pproblem), which the test framework starts on a free port.
 * Quarkus REST's own request errors are problems too: status, media type and the enriched description are
 * checked, not the wording, which the convention decides.
 */
@QuarkusTest
class ProblemResponsesTest extends ProblemResponsesContract {

    @TestHTTPResource("/")
    URL base;

    @Override
    protected int port() {
        return base.getPort();
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\": \"tea\", \"quantity\": "), 400,
                "Bad Request");
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequest() {
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"tea\",\"quantity\":\"many\"}"), 400,
                "Bad Request");
    }

    @Test
    void aBeanValidationFailureIsAValidationProblem() {
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"\",\"quantity\":-3}"), 422,
                "Validation error");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        // no operation of the description to check it against: its status and media type only
        Exchange exchange = Exchange.send(port(), "GET", "/nothing-here", null);

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(404);
        assertThat(exchange.mediaType()).isEqualTo("application/problem+json");
        assertThat(exchange.json().get("status").intValue()).isEqualTo(404);
    }
}
