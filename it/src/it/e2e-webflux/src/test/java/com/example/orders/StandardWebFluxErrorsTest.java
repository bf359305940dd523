package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** WebFlux's own errors with the standard convention: a problem's {@code loc} is the part, then the name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandardWebFluxErrorsTest extends WebFluxErrorsContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected JsonNode assertGeneralBody(Exchange exchange, int status, String title) {
        return ErrorBodies.assertGeneralBody(exchange, status, title);
    }

    @Override
    protected void assertOneProblemAbout(Exchange exchange, int status, String part, String name) {
        JsonNode body = ErrorBodies.assertValidationBody(exchange, status, "Bad Request");
        assertThat(ErrorBodies.locs(body)).containsExactly(List.of(part, name));
    }
}
