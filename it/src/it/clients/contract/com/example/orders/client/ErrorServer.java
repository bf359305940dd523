package com.example.orders.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The orders service as a real HTTP server on the loopback interface: {@code PUT /orders/{id}}
 * answers with the status {@code id} names. 200 echoes the order; a status of the convention comes
 * with its body ({@link ConventionBodies}) and an {@code X-Request-ID} header; any other status
 * with a plain-text body.
 */
final class ErrorServer implements AutoCloseable {

    /** One answer the server gave. */
    record Answer(String method, String path, int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    private ErrorServer(HttpServer server) {
        this.server = server;
    }

    static ErrorServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ErrorServer server = new ErrorServer(http);
        http.createContext("/orders/", server::answer);
        http.start();
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Answer> answers() {
        return answers;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        int status = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
        String contentType;
        String body;
        if (status == 200) {
            contentType = "application/json";
            body = new String(request, StandardCharsets.UTF_8);
        } else if (ConventionBodies.STATUSES.contains(status)) {
            contentType = ConventionBodies.MEDIA_TYPE;
            body = ConventionBodies.body(status);
        } else {
            contentType = "text/plain";
            body = "no such status here: " + status;
        }
        answers.add(new Answer(exchange.getRequestMethod(), path, status, contentType, body));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("X-Request-ID", "req-" + status);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
