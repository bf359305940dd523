package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring Boot service with the problem convention, called over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponsesTest extends ProblemResponsesContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }

    @Test
    void springsOwnRequestErrorsAreProblemsToo() {
        JsonNode malformed = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\": \"tea\", \"quantity\": "),
                400, "Bad Request");
        assertThat(malformed.get("errors").isArray()).isTrue();
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"\",\"quantity\":-3}"), 400, "Bad Request");
        assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"tea\",\"quantity\":\"many\"}"), 400,
                "Bad Request");
        assertProblem(Exchange.send(port(), "GET", "/orders", null), 400, "Bad Request");
    }
}
