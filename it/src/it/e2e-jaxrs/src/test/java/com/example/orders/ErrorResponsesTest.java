package com.example.orders;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;

/** The error responses of the Jersey service, started on a random port. */
class ErrorResponsesTest extends ErrorResponsesContract {

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
}
