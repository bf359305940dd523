package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a convention's {@code fill} (README, "Conventions"): for each body, the members the
 * generated handlers put the reason, message, status, request id, timestamp, request body and the
 * individual problems of an invalid request into. Each named member must be a property of the body
 * of the right type; a body the file says nothing of is filled as its member names tell
 * ({@link #guess}).
 */
final class FillReader {

    static final Set<String> KEYS = Set.of("title", "message", "status", "code", "requestId", "timestamp",
            "requestBody", "problems");
    static final Set<String> PROBLEM_KEYS = Set.of("member", "location", "pointer", "parameter", "header",
            "message", "type");
    /** Keys whose member holds a text. */
    private static final Set<String> TEXTS = Set.of("title", "message", "code", "requestId", "timestamp");

    private static final Set<String> TITLE = Set.of("title", "reason", "error");
    private static final Set<String> MESSAGE = Set.of("detail", "description", "message", "msg", "errorMessage",
            "error_description");
    private static final Set<String> STATUS = Set.of("status", "statusCode", "status_code", "code");
    private static final Set<String> TIME = Set.of("timestamp", "time", "at", "occurredAt", "occurred_at");
    private static final Set<String> REQUEST_ID = Set.of("request_id", "requestId", "traceId", "trace_id");

    private final ConventionReader reader;

    FillReader(ConventionReader reader) {
        this.reader = reader;
    }

    /** The fill of every body: the file's where it says one, else the guess. */
    Map<String, BodyFill> read(JsonNode fillNode, Map<String, ObjectNode> bodies) {
        Map<String, BodyFill> fills = new LinkedHashMap<>();
        if (fillNode != null) {
            if (!fillNode.isObject()) {
                throw reader.invalid(fillNode, "fill must be a mapping of body names to the members the handlers"
                        + " fill");
            }
            for (Iterator<Map.Entry<String, JsonNode>> entries = fillNode.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                ObjectNode body = bodies.get(entry.getKey());
                if (body == null) {
                    throw reader.invalid(fillNode, entry.getKey(), "fill: '" + entry.getKey() + "' is not a body of"
                            + " the convention (bodies: " + String.join(", ", bodies.keySet()) + ")");
                }
                fills.put(entry.getKey(), declared(fillNode, entry.getKey(), entry.getValue(), body));
            }
        }
        for (Map.Entry<String, ObjectNode> body : bodies.entrySet()) {
            fills.computeIfAbsent(body.getKey(), name -> guess(body.getValue()));
        }
        return fills;
    }

    private BodyFill declared(JsonNode fillNode, String name, JsonNode fill, ObjectNode body) {
        String where = "fill of body '" + name + "'";
        if (!fill.isObject()) {
            throw reader.invalid(fillNode, name, where + " must be a mapping of "
                    + String.join(", ", new TreeSet<>(KEYS)));
        }
        checkKeys(fill, KEYS, where);
        Map<String, String> used = new LinkedHashMap<>();
        String title = member(fill, "title", body, where, used);
        String message = member(fill, "message", body, where, used);
        String status = member(fill, "status", body, where, used);
        String code = member(fill, "code", body, where, used);
        String requestId = member(fill, "requestId", body, where, used);
        String timestamp = member(fill, "timestamp", body, where, used);
        String requestBody = member(fill, "requestBody", body, where, used);
        BodyFill.Problems problems = fill.has("problems") ? problems(fill, body, where, used) : null;
        return new BodyFill(title, message, status, code, requestId, timestamp, requestBody, problems, false);
    }

    private BodyFill.Problems problems(JsonNode fill, ObjectNode body, String where, Map<String, String> used) {
        JsonNode node = fill.get("problems");
        String at = where + ": problems";
        if (!node.isObject()) {
            throw reader.invalid(fill, "problems", at + " must be a mapping of "
                    + String.join(", ", new TreeSet<>(PROBLEM_KEYS)));
        }
        checkKeys(node, PROBLEM_KEYS, at);
        if (!node.has("member")) {
            throw reader.invalid(fill, "problems", at + " has no member: the array member of the body that lists"
                    + " them");
        }
        String member = name(node, "member", at);
        JsonNode property = property(body, member);
        if (property == null) {
            throw reader.invalid(node, "member", at + ": member '" + member + "' is not a property of the body");
        }
        JsonNode items = property.get("items");
        if (!"array".equals(text(property, "type")) || items == null || !"object".equals(text(items, "type"))
                || !(items.get("properties") instanceof ObjectNode)) {
            throw reader.invalid(node, "member", at + ": member '" + member + "' must be an array of objects with"
                    + " properties, written in place (type: array, items: {type: object, properties: ...})");
        }
        claim(node, "member", member, "problems", at, used);
        Map<String, String> itemUsed = new LinkedHashMap<>();
        String location = itemMember(node, "location", items, at, itemUsed);
        String pointer = itemMember(node, "pointer", items, at, itemUsed);
        String parameter = itemMember(node, "parameter", items, at, itemUsed);
        String header = itemMember(node, "header", items, at, itemUsed);
        String message = itemMember(node, "message", items, at, itemUsed);
        String type = itemMember(node, "type", items, at, itemUsed);
        if (location == null && pointer == null && parameter == null && header == null) {
            throw reader.invalid(fill, "problems", at + " must say where a problem is: location, pointer, parameter"
                    + " or header");
        }
        return new BodyFill.Problems(member, location, pointer, parameter, header, message, type);
    }

    private String member(JsonNode fill, String key, ObjectNode body, String where, Map<String, String> used) {
        if (!fill.has(key)) {
            return null;
        }
        String name = name(fill, key, where);
        JsonNode property = property(body, name);
        if (property == null) {
            throw reader.invalid(fill, key, where + ": " + key + " '" + name + "' is not a property of the body");
        }
        String type = text(property, "type");
        if (TEXTS.contains(key) && !"string".equals(type)) {
            throw reader.invalid(fill, key, where + ": " + key + " '" + name + "' must be a string property (it is "
                    + (type == null ? "without type" : type) + ")");
        }
        if (key.equals("requestBody") && type != null) {
            throw reader.invalid(fill, key, where + ": requestBody '" + name + "' must be a property without type"
                    + " (any value), as the request body may be any JSON");
        }
        if (key.equals("status") && !"integer".equals(type)) {
            throw reader.invalid(fill, key, where + ": status '" + name + "' must be an integer property (it is "
                    + (type == null ? "without type" : type) + ")");
        }
        claim(fill, key, name, key, where, used);
        return name;
    }

    private String itemMember(JsonNode problems, String key, JsonNode items, String where, Map<String, String> used) {
        if (!problems.has(key) || key.equals("member")) {
            return null;
        }
        String name = name(problems, key, where);
        JsonNode property = property(items, name);
        if (property == null) {
            throw reader.invalid(problems, key, where + ": " + key + " '" + name
                    + "' is not a property of the member's items");
        }
        String type = text(property, "type");
        if (key.equals("location")) {
            JsonNode parts = property.get("items");
            if (!"array".equals(type) || parts == null || !"string".equals(text(parts, "type"))) {
                throw reader.invalid(problems, key, where + ": location '" + name + "' must be an array of strings");
            }
        } else if (!"string".equals(type)) {
            throw reader.invalid(problems, key, where + ": " + key + " '" + name + "' must be a string property (it is "
                    + (type == null ? "without type" : type) + ")");
        }
        claim(problems, key, name, key, where, used);
        return name;
    }

    private void claim(JsonNode mapping, String key, String member, String role, String where,
                       Map<String, String> used) {
        String other = used.putIfAbsent(member, role);
        if (other != null) {
            throw reader.invalid(mapping, key, where + ": member '" + member + "' is filled twice, by " + other
                    + " and " + role);
        }
    }

    private String name(JsonNode mapping, String key, String where) {
        JsonNode value = mapping.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw reader.invalid(mapping, key, where + ": " + key + " must name a member (a non-empty text)");
        }
        return value.asText().trim();
    }

    private void checkKeys(JsonNode mapping, Set<String> allowed, String where) {
        for (Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw reader.invalid(mapping, name, where + ": unknown key '" + name + "' (expected "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /**
     * The fill of a body the convention file says nothing of, by the names of its members (the
     * first that fits wins): a text {@code title}/{@code reason}/{@code error} the reason; a text
     * {@code detail}/{@code description}/{@code message}/{@code msg}/{@code errorMessage}/
     * {@code error_description} the message; an integer {@code status}/{@code statusCode}/
     * {@code status_code}/{@code code} the status code; a text {@code code} the status's constant;
     * a text {@code timestamp}/{@code time}/{@code at}/{@code occurredAt}/{@code occurred_at}, or
     * the first {@code date-time}, the timestamp; a text {@code request_id}/{@code requestId}/
     * {@code traceId}/{@code trace_id} the request id. Never the problems: their shape is not
     * guessed.
     */
    static BodyFill guess(ObjectNode body) {
        String title = null, message = null, status = null, code = null, requestId = null, timestamp = null;
        JsonNode properties = body.get("properties");
        if (properties != null) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = properties.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String name = entry.getKey();
                String type = text(entry.getValue(), "type");
                if ("integer".equals(type) && STATUS.contains(name) && status == null) {
                    status = name;
                } else if ("string".equals(type)) {
                    if (TITLE.contains(name) && title == null) {
                        title = name;
                    } else if (MESSAGE.contains(name) && message == null) {
                        message = name;
                    } else if (name.equals("code") && code == null) {
                        code = name;
                    } else if (REQUEST_ID.contains(name) && requestId == null) {
                        requestId = name;
                    } else if ((TIME.contains(name) || "date-time".equals(text(entry.getValue(), "format")))
                            && timestamp == null) {
                        timestamp = name;
                    }
                }
            }
        }
        return new BodyFill(title, message, status, code, requestId, timestamp, null, null, true);
    }

    private static JsonNode property(JsonNode schema, String name) {
        JsonNode properties = schema.get("properties");
        JsonNode property = properties == null ? null : properties.get(name);
        return property != null && property.isObject() ? property : null;
    }

    private static String text(JsonNode schema, String key) {
        JsonNode value = schema.get(key);
        return value != null && value.isValueNode() ? value.asText() : null;
    }
}
