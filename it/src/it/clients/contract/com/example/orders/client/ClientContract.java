package com.example.orders.client;

import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.BadRequestException;
import com.example.orders.errors.BusinessLogicException;
import com.example.orders.errors.ForbiddenException;
import com.example.orders.errors.InternalServerErrorException;
import com.example.orders.errors.NotFoundException;
import com.example.orders.errors.UnauthorizedException;
import com.example.orders.errors.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every generated client, set up with the plugin's adapter, does against the real server:
 * each status of the convention throws its typed exception with the body read, headers stay
 * reachable, and a status outside the convention stays the library's own failure with its raw body.
 */
abstract class ClientContract {

    static ErrorServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = ErrorServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** {@code PUT /orders/{id}} through the generated client: the server answers with status {@code id}. */
    abstract Order update(int id, Order order) throws Exception;

    /** A header of the response, as the library's own exception (the typed exception's cause) keeps it. */
    abstract String header(ApiErrorException error, String name);

    /** The raw body of a failure outside the convention, as the library reports it. */
    abstract String rawBody(Exception failure);

    static Order order() {
        Order order = new Order();
        order.setItem("tea");
        order.setQuantity(3);
        return order;
    }

    @Test
    void a_success_returns_the_order() throws Exception {
        Order stored = update(200, order());

        assertEquals("tea", stored.getItem());
        assertEquals(3, stored.getQuantity());
    }

    @Test
    void not_found_throws_NotFoundException_with_its_body() {
        NotFoundException error = assertThrows(NotFoundException.class, () -> update(404, order()));

        assertEquals(404, error.code());
        assertEquals(ConventionBodies.TITLE, error.body().title());
        assertEquals(ConventionBodies.message(404), ConventionBodies.message(error.body()));
    }

    @Test
    void a_bad_request_throws_with_its_problems() {
        BadRequestException error = assertThrows(BadRequestException.class, () -> update(400, order()));

        assertEquals(ConventionBodies.PROBLEMS, ConventionBodies.problems(error.body()));
    }

    @Test
    void a_validation_error_throws_with_its_problems() {
        ValidationException error = assertThrows(ValidationException.class, () -> update(422, order()));

        assertEquals(422, error.code());
        assertEquals(ConventionBodies.PROBLEMS, ConventionBodies.problems(error.body()));
    }

    @Test
    void every_status_of_the_convention_throws_its_exception() {
        Map<Integer, Class<? extends ApiErrorException>> expected = new LinkedHashMap<>();
        expected.put(400, BadRequestException.class);
        expected.put(401, UnauthorizedException.class);
        expected.put(403, ForbiddenException.class);
        expected.put(404, NotFoundException.class);
        expected.put(409, BusinessLogicException.class);
        expected.put(422, ValidationException.class);
        expected.put(500, InternalServerErrorException.class);
        assertEquals(ConventionBodies.STATUSES, expected.keySet().stream().toList());
        expected.forEach((status, type) -> {
            ApiErrorException error = assertThrows(type, () -> update(status, order()), "status " + status);
            assertEquals(status, error.code());
            assertEquals(ConventionBodies.TITLE, ConventionBodies.title(error), "status " + status);
        });
    }

    @Test
    void the_headers_stay_with_the_library_exception_as_cause() {
        InternalServerErrorException error = assertThrows(InternalServerErrorException.class,
                () -> update(500, order()));

        assertEquals("req-500", header(error, "X-Request-ID"));
    }

    @Test
    void a_status_outside_the_convention_keeps_the_library_failure_and_its_raw_body() {
        Exception failure = assertThrows(Exception.class, () -> update(418, order()));

        assertFalse(failure instanceof ApiErrorException, failure.toString());
        assertTrue(rawBody(failure).contains("no such status here: 418"), rawBody(failure));
    }
}
