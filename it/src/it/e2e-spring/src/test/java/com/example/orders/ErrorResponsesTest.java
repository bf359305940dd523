package com.example.orders;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error responses of the Spring Boot service, started on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorResponsesTest extends ErrorResponsesContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }
}
