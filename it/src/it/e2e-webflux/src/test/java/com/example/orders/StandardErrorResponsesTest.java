package com.example.orders;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error responses of the WebFlux service with the standard convention, started on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandardErrorResponsesTest extends ErrorResponsesContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }
}
