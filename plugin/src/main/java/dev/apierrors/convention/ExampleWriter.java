package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An example body written from a body's schema, for a status the convention gives none: each
 * required member filled (and nothing else), each value the schema's own {@code example},
 * {@code default} or first {@code enum} value when it has one, else a plain value of its type and
 * format within its bounds. A required string with a {@code pattern} and none of those cannot be
 * made up: the convention must give the example.
 */
final class ExampleWriter {

    /** Why no example can be written. */
    static final class CannotWrite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotWrite(String message) {
            super(message);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> STRING_FORMATS = Map.of(
            "date-time", "2024-01-31T12:00:00Z",
            "date", "2024-01-31",
            "uri", "https://example.com/",
            "uri-reference", "about:blank",
            "email", "user@example.com",
            "uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "hostname", "example.com",
            "ipv4", "192.0.2.1",
            "ipv6", "2001:db8::1");

    private final Map<String, ObjectNode> bodies;
    private final Set<String> open = new HashSet<>();

    ExampleWriter(Map<String, ObjectNode> bodies) {
        this.bodies = bodies;
    }

    JsonNode body(String name) {
        if (!open.add(name)) {
            throw new CannotWrite("body '" + name + "' requires itself");
        }
        JsonNode example = value(bodies.get(name), "");
        open.remove(name);
        return example;
    }

    private JsonNode value(JsonNode schema, String at) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            return body(ref.asText().substring(BodySchemas.REF_PREFIX.length()));
        }
        for (String given : new String[] {"example", "default"}) {
            if (schema.has(given)) {
                return schema.get(given).deepCopy();
            }
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).deepCopy();
        }
        switch (schema.path("type").asText("")) {
            case "object":
                ObjectNode object = NODES.objectNode();
                for (JsonNode required : schema.path("required")) {
                    String name = required.asText();
                    object.set(name, value(schema.path("properties").path(name), at + "/" + name));
                }
                return object;
            case "array":
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, schema.path("minItems").asInt(0));
                for (int i = 0; i < items; i++) {
                    array.add(value(schema.path("items"), at + "/" + i));
                }
                return array;
            case "string":
                return NODES.textNode(string(schema, at));
            case "integer":
                long integer = (long) Math.ceil(number(schema, 1));
                // As a description read back gives it: a number that fits an int is one.
                return integer == (int) integer ? NODES.numberNode((int) integer) : NODES.numberNode(integer);
            case "number":
                return NODES.numberNode(number(schema, 0.5));
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.objectNode();
        }
    }

    private static String string(JsonNode schema, String at) {
        if (schema.has("pattern")) {
            throw new CannotWrite("'" + at + "' must match a pattern");
        }
        String text = STRING_FORMATS.getOrDefault(schema.path("format").asText(""), "string");
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < min) {
            padded.append('x');
        }
        if (padded.length() > max) {
            padded.setLength(max);
        }
        return padded.toString();
    }

    /** 0, or the lowest value the bounds allow, moved by {@code step} off an exclusive bound. */
    private static double number(JsonNode schema, double step) {
        double value = 0;
        if (schema.has("minimum")) {
            value = schema.get("minimum").asDouble() + (schema.path("exclusiveMinimum").asBoolean(false) ? step : 0);
        } else if (schema.path("exclusiveMinimum").isNumber()) {
            value = schema.get("exclusiveMinimum").asDouble() + step;
        } else if (schema.has("maximum") && schema.get("maximum").asDouble() < 0) {
            value = schema.get("maximum").asDouble() - (schema.path("exclusiveMaximum").asBoolean(false) ? step : 0);
        }
        return value;
    }
}
