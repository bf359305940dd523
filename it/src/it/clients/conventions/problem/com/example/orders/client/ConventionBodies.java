package com.example.orders.client;

import com.example.orders.errors.ApiError;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiValidationError;

import java.util.List;

/** The problem details of the problem convention: what the server sends, and how a caller reads them, typed. */
final class ConventionBodies {

    static final String MEDIA_TYPE = "application/problem+json";
    static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 409, 422, 500);
    static final String TITLE = "Order not processed";
    static final List<String> PROBLEMS = List.of("#/quantity: must be at most 2");

    private ConventionBodies() {
    }

    static String message(int status) {
        return "order " + status + " was not replaced";
    }

    static String body(int status) {
        String common = "{\"type\":\"about:blank\",\"title\":\"" + TITLE + "\",\"status\":" + status
                + ",\"detail\":\"" + message(status) + "\",\"instance\":\"/orders/" + status + "\"";
        if (status == 400 || status == 422) {
            return common + ",\"errors\":[{\"detail\":\"must be at most 2\",\"pointer\":\"#/quantity\"}]}";
        }
        return common + "}";
    }

    static String message(ApiError body) {
        return body.detail();
    }

    static List<String> problems(ApiValidationError body) {
        return body.errors().stream().map(problem -> problem.pointer() + ": " + problem.detail()).toList();
    }

    static String title(ApiErrorException error) {
        return error.body() instanceof ApiError body ? body.title() : ((ApiValidationError) error.body()).title();
    }
}
