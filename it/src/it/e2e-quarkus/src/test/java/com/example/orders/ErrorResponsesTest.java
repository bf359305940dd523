package com.example.orders;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import java.net.URL;

/** The error responses of the Quarkus service, which the test framework starts on a free port. */
@QuarkusTest
class ErrorResponsesTest extends ErrorResponsesContract {

    @TestHTTPResource("/")
    URL base;

    @Override
    protected int port() {
        return base.getPort();
    }
}
