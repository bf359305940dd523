package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The two bodies of the error convention, field by field. */
final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /** {@code title, description, request_id, timestamp} and nothing else. */
    static JsonNode assertGeneralBody(Exchange exchange, int status, String title) {
        assertThat(exchange.status()).as("status of %s %s: %s", exchange.method(), exchange.path(), exchange.body())
                .isEqualTo(status);
        assertThat(exchange.mediaType()).as("content type of the %s response", status).isEqualTo("application/json");
        JsonNode body = exchange.json();
        assertThat(fieldNames(body)).as("fields of the %s body %s", status, body)
                .containsExactlyInAnyOrder("title", "description", "request_id", "timestamp");
        assertThat(body.get("title").textValue()).as("title of the %s body", status).isEqualTo(title);
        assertThat(body.get("description").textValue()).as("description of the %s body", status).isNotBlank();
        assertThat(body.get("request_id").textValue()).as("request_id of the %s body", status).isNotBlank();
        String timestamp = body.get("timestamp").textValue();
        assertThatCode(() -> OffsetDateTime.parse(timestamp))
                .as("timestamp %s of the %s body is an offset date-time", timestamp, status)
                .doesNotThrowAnyException();
        return body;
    }

    /** {@code title, detail[{loc, msg, type}], status} and, when the request body could be read, {@code body}. */
    static JsonNode assertValidationBody(Exchange exchange, int status, String title) {
        assertThat(exchange.status()).as("status of %s %s: %s", exchange.method(), exchange.path(), exchange.body())
                .isEqualTo(status);
        assertThat(exchange.mediaType()).as("content type of the %s response", status).isEqualTo("application/json");
        JsonNode body = exchange.json();
        assertThat(fieldNames(body)).as("fields of the %s body %s", status, body)
                .isSubsetOf("title", "detail", "status", "body")
                .contains("title", "detail", "status");
        assertThat(body.get("title").textValue()).as("title of the %s body", status).isEqualTo(title);
        assertThat(body.get("status").isInt() && body.get("status").intValue() == status)
                .as("status field %s of the %s body", body.get("status"), status).isTrue();
        JsonNode detail = body.get("detail");
        assertThat(detail.isArray() && !detail.isEmpty()).as("detail of the %s body is a non-empty list: %s", status, detail)
                .isTrue();
        for (JsonNode entry : detail) {
            assertThat(fieldNames(entry)).as("fields of a detail entry %s", entry)
                    .containsExactlyInAnyOrder("loc", "msg", "type");
            assertThat(entry.get("loc").isArray() && !entry.get("loc").isEmpty())
                    .as("loc of %s is a non-empty list", entry).isTrue();
            entry.get("loc").forEach(part -> assertThat(part.isTextual()).as("loc part %s is a string", part).isTrue());
            assertThat(entry.get("msg").textValue()).as("msg of %s", entry).isNotBlank();
            assertThat(entry.get("type").textValue()).as("type of %s", entry).isNotBlank();
        }
        return body;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static List<List<String>> locs(JsonNode validationBody) {
        List<List<String>> locs = new ArrayList<>();
        for (JsonNode entry : validationBody.get("detail")) {
            List<String> loc = new ArrayList<>();
            entry.get("loc").forEach(part -> loc.add(part.textValue()));
            locs.add(loc);
        }
        return locs;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
