package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether an example body is valid against a body's schema, within what a convention's bodies may
 * say ({@link BodySchemas}): types, required members, {@code additionalProperties: false}, enums,
 * lengths, bounds, patterns, and the {@code date-time} and {@code date} formats that linters check.
 */
final class ExampleCheck {

    private final Map<String, ObjectNode> bodies;

    ExampleCheck(Map<String, ObjectNode> bodies) {
        this.bodies = bodies;
    }

    /** The first problem, with the JSON Pointer of the value it is about; null when the example is valid. */
    String problem(JsonNode schema, JsonNode value) {
        return problem(schema, value, "", 0);
    }

    private String problem(JsonNode schema, JsonNode value, String at, int depth) {
        if (depth > 64) {
            return "nested too deeply at '" + at + "'";
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            return problem(bodies.get(ref.asText().substring(BodySchemas.REF_PREFIX.length())), value, at, depth + 1);
        }
        String where = at.isEmpty() ? "the body" : "'" + at + "'";
        if (value.isNull()) {
            return schema.path("nullable").asBoolean() || !schema.has("type") ? null : where + " is null";
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && enumeration.isArray() && !contains(enumeration, value)) {
            return where + " is not one of " + enumeration;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object":
                return value.isObject() ? object(schema, value, at, depth) : where + " is not an object";
            case "array":
                return value.isArray() ? array(schema, value, at, depth) : where + " is not an array";
            case "string":
                return value.isTextual() ? string(schema, value.asText(), where) : where + " is not a string";
            case "integer":
                return value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble())
                        ? bounds(schema, value.asDouble(), where) : where + " is not an integer";
            case "number":
                return value.isNumber() ? bounds(schema, value.asDouble(), where) : where + " is not a number";
            case "boolean":
                return value.isBoolean() ? null : where + " is not a boolean";
            default:
                return null;
        }
    }

    private String object(JsonNode schema, JsonNode value, String at, int depth) {
        JsonNode properties = schema.path("properties");
        for (JsonNode name : schema.path("required")) {
            if (!value.has(name.asText())) {
                return (at.isEmpty() ? "the body" : "'" + at + "'") + " lacks the required member '" + name.asText() + "'";
            }
        }
        boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            JsonNode property = properties.get(member.getKey());
            String path = at + "/" + member.getKey();
            if (property == null) {
                if (closed) {
                    return "'" + path + "' is not a property of the body (additionalProperties: false)";
                }
                continue;
            }
            String problem = problem(property, member.getValue(), path, depth + 1);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String array(JsonNode schema, JsonNode value, String at, int depth) {
        String where = at.isEmpty() ? "the body" : "'" + at + "'";
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            return where + " has fewer than " + schema.get("minItems").asInt() + " items";
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            return where + " has more than " + schema.get("maxItems").asInt() + " items";
        }
        if (schema.path("uniqueItems").asBoolean() && new HashSet<>(toList(value)).size() < value.size()) {
            return where + " has repeated items (uniqueItems)";
        }
        JsonNode items = schema.path("items");
        for (int i = 0; i < value.size(); i++) {
            String problem = problem(items, value.get(i), at + "/" + i, depth + 1);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String string(JsonNode schema, String text, String where) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            return where + " is shorter than " + schema.get("minLength").asInt() + " characters";
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            return where + " is longer than " + schema.get("maxLength").asInt() + " characters";
        }
        if (schema.has("pattern")) {
            try {
                if (!Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    return where + " does not match the pattern " + schema.get("pattern").asText();
                }
            } catch (PatternSyntaxException e) {
                return "the pattern of " + where + " is not a regular expression";
            }
        }
        String format = schema.path("format").asText("");
        try {
            if (format.equals("date-time")) {
                OffsetDateTime.parse(text);
            } else if (format.equals("date")) {
                LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            return where + " is not a " + format + " (RFC 3339)";
        }
        return null;
    }

    private static String bounds(JsonNode schema, double value, String where) {
        JsonNode minimum = schema.get("minimum");
        JsonNode maximum = schema.get("maximum");
        boolean exclusiveMin = schema.path("exclusiveMinimum").asBoolean(false);
        boolean exclusiveMax = schema.path("exclusiveMaximum").asBoolean(false);
        if (minimum != null && (value < minimum.asDouble() || exclusiveMin && value == minimum.asDouble())) {
            return where + " is below the minimum " + minimum.asText();
        }
        if (maximum != null && (value > maximum.asDouble() || exclusiveMax && value == maximum.asDouble())) {
            return where + " is above the maximum " + maximum.asText();
        }
        JsonNode lower = schema.get("exclusiveMinimum");
        if (lower != null && lower.isNumber() && value <= lower.asDouble()) {
            return where + " is not above " + lower.asText();
        }
        JsonNode upper = schema.get("exclusiveMaximum");
        if (upper != null && upper.isNumber() && value >= upper.asDouble()) {
            return where + " is not below " + upper.asText();
        }
        JsonNode multipleOf = schema.get("multipleOf");
        if (multipleOf != null && multipleOf.asDouble() > 0
                && Math.abs(Math.IEEEremainder(value, multipleOf.asDouble())) > 1e-9) {
            return where + " is not a multiple of " + multipleOf.asText();
        }
        return null;
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode item : list) {
            if (item.equals(value) || item.isNumber() && value.isNumber() && item.asDouble() == value.asDouble()) {
                return true;
            }
        }
        return false;
    }


    private static java.util.List<JsonNode> toList(JsonNode array) {
        java.util.List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
