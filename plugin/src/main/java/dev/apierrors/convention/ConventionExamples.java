package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example body of each status, which the enrichment writes beside its response's schema so that
 * documentation tools show what the error looks like. The convention's {@code examples} mapping
 * gives one for a status (its code as key) or for a body (its name as key); a status with neither
 * gets one written from its body's schema. Every example, given or written, is valid against its
 * body: a given one that is not fails the build with the line where it is written.
 */
final class ConventionExamples {

    static final String KEY = "examples";

    private final ConventionReader reader;
    private final Map<String, ObjectNode> bodies;
    private final Map<String, Integer> bodyLines;

    ConventionExamples(ConventionReader reader, Map<String, ObjectNode> bodies, Map<String, Integer> bodyLines) {
        this.reader = reader;
        this.bodies = bodies;
        this.bodyLines = bodyLines;
    }

    /** The example of each status by its code, in the statuses' order. */
    Map<Integer, JsonNode> read(JsonNode examples, List<Convention.Status> statuses) {
        Map<String, JsonNode> byBody = new LinkedHashMap<>();
        Map<Integer, JsonNode> byStatus = new LinkedHashMap<>();
        if (examples != null && !examples.isNull()) {
            if (!examples.isObject()) {
                throw reader.invalid(examples, "examples must be a mapping of body names or status codes to"
                        + " example bodies");
            }
            for (Map.Entry<String, JsonNode> entry : examples.properties()) {
                String key = entry.getKey();
                Convention.Status status = statusOf(key, statuses);
                String body = bodies.containsKey(key) ? key : status == null ? null : status.body();
                if (body == null) {
                    throw reader.invalid(examples, key, "examples: '" + key + "' is neither a body nor a status code"
                            + " of the convention");
                }
                if (status != null && bodies.containsKey(key)) {
                    throw reader.invalid(examples, key, "examples: '" + key + "' is both a body and a status code;"
                            + " rename the body");
                }
                String problem = new ExampleCheck(bodies).problem(bodies.get(body), entry.getValue());
                if (problem != null) {
                    throw reader.invalid(examples, key, "examples: the example of " + (status != null
                            ? "status " + key + " (body '" + body + "')" : "body '" + body + "'")
                            + " is not valid against the body: " + problem);
                }
                if (status != null) {
                    byStatus.put(status.code(), entry.getValue());
                } else {
                    byBody.put(key, entry.getValue());
                }
            }
        }
        Map<Integer, JsonNode> result = new LinkedHashMap<>();
        for (Convention.Status status : statuses) {
            JsonNode example = byStatus.get(status.code());
            if (example == null) {
                example = byBody.computeIfAbsent(status.body(), this::written);
            }
            result.put(status.code(), example);
        }
        return result;
    }

    private JsonNode written(String body) {
        try {
            JsonNode example = new ExampleWriter(bodies).body(body);
            String problem = new ExampleCheck(bodies).problem(bodies.get(body), example);
            if (problem != null) {
                throw new ExampleWriter.CannotWrite(problem);
            }
            return example;
        } catch (ExampleWriter.CannotWrite e) {
            throw new InvalidConventionException(reader.file(), bodyLines.getOrDefault(body, 0), "body '" + body
                    + "': no example can be written from its schema (" + e.getMessage() + "); give one under "
                    + KEY + ", with the body's name as key");
        }
    }

    private static Convention.Status statusOf(String key, List<Convention.Status> statuses) {
        if (!key.matches("[0-9]{3}")) {
            return null;
        }
        int code = Integer.parseInt(key);
        return statuses.stream().filter(status -> status.code() == code).findFirst().orElse(null);
    }
}
