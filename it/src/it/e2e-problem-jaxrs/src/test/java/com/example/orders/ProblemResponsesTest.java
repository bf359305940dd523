package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The Jersey service with the problem convention, called over HTTP. */
class ProblemResponsesTest extends ProblemResponsesContract {

    private static HttpServer server;

    @BeforeAll
    static void startTheService() {
        server = OrdersApplication.start(URI.create("http://127.0.0.1:0/"));
    }

    @AfterAll
    static void stopTheService() {
        server.stop(0);
    }

    @Override
    protected int port() {
        return server.getAddress().getPort();
    }

    @Test
    void jakartaRestsOwnRequestErrorsAreProblemsToo() {
        JsonNode malformed = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\": \"tea\", \"quantity\": "),
                400, "Bad Request");
        assertThat(malformed.get("errors").isArray()).isTrue();
        JsonNode invalid = assertProblem(Exchange.send(port(), "POST", "/orders", "{\"product\":\"\",\"quantity\":-3}"),
                422, "Validation error");
        assertThat(invalid.get("detail").textValue()).contains("quantity").contains("product");
        JsonNode mistyped = assertProblem(Exchange.send(port(), "POST", "/orders",
                "{\"product\":\"tea\",\"quantity\":\"many\"}"), 400, "Bad Request");
        assertThat(mistyped.get("errors").get(0).get("pointer").textValue()).isEqualTo("/quantity");
    }
}
