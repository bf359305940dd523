package com.example.orders.client;

import com.example.orders.errors.ApiError;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiValidationError;

import java.util.List;

/** The bodies of the standard convention: what the server sends, and how a caller reads them, typed. */
final class ConventionBodies {

    static final String MEDIA_TYPE = "application/json";
    static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 409, 422, 500);
    static final String TITLE = "Order not processed";
    static final List<String> PROBLEMS = List.of("body.quantity: must be at most 2");

    private ConventionBodies() {
    }

    static String message(int status) {
        return "order " + status + " was not replaced";
    }

    static String body(int status) {
        if (status == 400 || status == 422) {
            return "{\"title\":\"" + TITLE + "\",\"detail\":[{\"loc\":[\"body\",\"quantity\"],"
                    + "\"msg\":\"must be at most 2\",\"type\":\"value_error\"}],\"status\":" + status + "}";
        }
        return "{\"title\":\"" + TITLE + "\",\"description\":\"" + message(status) + "\",\"request_id\":\"req-"
                + status + "\",\"timestamp\":\"2026-01-02T03:04:05Z\"}";
    }

    static String message(ApiError body) {
        return body.description();
    }

    static List<String> problems(ApiValidationError body) {
        return body.detail().stream().map(problem -> String.join(".", problem.loc()) + ": " + problem.msg()).toList();
    }

    static String title(ApiErrorException error) {
        return error.body() instanceof ApiError body ? body.title() : ((ApiValidationError) error.body()).title();
    }
}
