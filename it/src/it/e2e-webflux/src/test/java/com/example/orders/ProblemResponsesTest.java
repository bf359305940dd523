package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The WebFlux service with the problem convention, called over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponsesTest extends ProblemResponsesContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }

    @Test
    void webFluxsOwnRequestErrorsAreProblemsToo() {
        JsonNode malformed = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\": \"tea\", \"quantity\": "),
                400, "Bad Request");
        assertThat(malformed.get("errors").isArray()).isTrue();
        JsonNode invalid = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"\",\"quantity\":-3}"),
                422, "Validation error");
        assertThat(invalid.get("detail").textValue()).contains("quantity").contains("product");
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"tea\",\"quantity\":\"many\"}"), 400,
                "Bad Request");
        JsonNode renamed = assertProblem(Exchange.send(port(), "POST", "/orders",
                "{\"product\":\"tea\",\"quantity\":1,\"customer_ref\":\"nobody\"}"), 422, "Validation error");
        assertThat(renamed.get("errors").get(0).get("pointer").textValue()).isEqualTo("/customer_ref");
    }
}
