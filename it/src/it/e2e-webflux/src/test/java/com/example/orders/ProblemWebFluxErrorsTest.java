package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebFlux's own errors with the problem convention: application/problem+json, and a problem names
 * its header in {@code header}, its query parameter or cookie in {@code parameter}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemWebFluxErrorsTest extends WebFluxErrorsContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected JsonNode assertGeneralBody(Exchange exchange, int status, String title) {
        assertThat(exchange.status()).as("status of %s %s: %s", exchange.method(), exchange.path(), exchange.body())
                .isEqualTo(status);
        assertThat(exchange.mediaType()).as("content type of the %s response", status)
                .isEqualTo("application/problem+json");
        JsonNode body = exchange.json();
        assertThat(body.get("status").intValue()).as("status member of %s", body).isEqualTo(status);
        assertThat(body.get("title").textValue()).as("title of %s", body).isEqualTo(title);
        assertThat(body.get("type").textValue()).as("type of %s", body).isNotBlank();
        return body;
    }

    @Override
    protected void assertOneProblemAbout(Exchange exchange, int status, String part, String name) {
        JsonNode body = assertGeneralBody(exchange, status, "Bad Request");
        JsonNode errors = body.get("errors");
        assertThat(errors).as("errors of %s", body).hasSize(1);
        String member = part.equals("header") ? "header" : "parameter";
        assertThat(errors.get(0).get(member).textValue()).as("%s of %s", member, body).isEqualTo(name);
        assertThat(errors.get(0).has("pointer")).as("no pointer in %s", body).isFalse();
    }
}
