package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The JSON schemas a convention's bodies may use: objects whose properties are strings, integers,
 * numbers, booleans, arrays of these, nested objects, and {@code $ref}s to the convention's other
 * bodies. Those map onto plain Java records; composition ({@code oneOf}, {@code allOf}, ...) does
 * not, so it is refused with the line where it is written.
 */
final class BodySchemas {

    static final String REF_PREFIX = "#/components/schemas/";

    private static final Set<String> TYPES = Set.of("object", "string", "integer", "number", "boolean", "array");
    /** Keywords that only document or constrain a value: kept in the description, no effect on Java types. */
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "examples", "default",
            "format", "enum", "nullable", "readOnly", "writeOnly", "deprecated", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems",
            "maxItems", "uniqueItems", "externalDocs");
    private static final Set<String> STRUCTURE = Set.of("type", "properties", "required", "items",
            "additionalProperties", "$ref");
    private static final Set<String> COMPOSITION = Set.of("oneOf", "anyOf", "allOf", "not", "discriminator",
            "if", "then", "else", "patternProperties", "dependentSchemas", "prefixItems", "const", "xml");

    private final ConventionReader reader;
    private final Set<String> bodies;

    BodySchemas(ConventionReader reader, Set<String> bodies) {
        this.reader = reader;
        this.bodies = bodies;
    }

    /** Checks one body: an object schema. */
    void checkBody(JsonNode bodiesNode, String name, JsonNode schema) {
        if (!schema.isObject()) {
            throw reader.invalid(bodiesNode, name, "body '" + name + "' must be a JSON schema (a mapping)");
        }
        JsonNode type = schema.get("type");
        if (type == null || !"object".equals(type.asText())) {
            throw reader.invalid(schema, "type", "body '" + name + "' must be an object schema (type: object)");
        }
        check(schema, "body '" + name + "'");
    }

    private void check(JsonNode schema, String where) {
        Iterator<String> keys = schema.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (COMPOSITION.contains(key)) {
                throw reader.invalid(schema, key, where + ": '" + key + "' is not supported in a convention's body;"
                        + " use objects, strings, integers, numbers, booleans, arrays and $ref to another body");
            }
            if (!STRUCTURE.contains(key) && !ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
                throw reader.invalid(schema, key, where + ": unknown key '" + key + "' in a body schema");
            }
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            checkRef(schema, ref, where);
            return;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            if (schema.has("properties") || schema.has("items")) {
                throw reader.invalid(schema, where + ": a schema with properties or items needs a type");
            }
            return; // any JSON value
        }
        if (!type.isTextual() || !TYPES.contains(type.asText())) {
            throw reader.invalid(schema, "type", where + ": type '" + type + "' is not supported; use one of "
                    + String.join(", ", new java.util.TreeSet<>(TYPES)));
        }
        switch (type.asText()) {
            case "object":
                checkObject(schema, where);
                break;
            case "array":
                JsonNode items = schema.get("items");
                if (items == null || !items.isObject()) {
                    throw reader.invalid(schema, "items", where + ": an array needs items, a schema");
                }
                check(items, where + " items");
                break;
            default:
                for (String structural : new String[] {"properties", "items", "additionalProperties", "required"}) {
                    if (schema.has(structural)) {
                        throw reader.invalid(schema, structural, where + ": '" + structural + "' does not go with type "
                                + type.asText());
                    }
                }
        }
    }

    private void checkObject(JsonNode schema, String where) {
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            if (!properties.isObject()) {
                throw reader.invalid(schema, "properties", where + ": properties must be a mapping");
            }
            Iterator<Map.Entry<String, JsonNode>> entries = properties.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> property = entries.next();
                if (!property.getValue().isObject()) {
                    throw reader.invalid(properties, property.getKey(), where + ": property '" + property.getKey()
                            + "' must be a schema (a mapping)");
                }
                check(property.getValue(), where + " property '" + property.getKey() + "'");
            }
        }
        JsonNode required = schema.get("required");
        if (required != null) {
            if (!required.isArray()) {
                throw reader.invalid(schema, "required", where + ": required must be a list of property names");
            }
            for (JsonNode name : required) {
                if (!name.isTextual() || properties == null || !properties.has(name.asText())) {
                    throw reader.invalid(schema, "required", where + ": required names '" + name.asText()
                            + "', which is not one of its properties");
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && !additional.isBoolean()) {
            throw reader.invalid(schema, "additionalProperties", where + ": additionalProperties must be true or false");
        }
    }

    private void checkRef(JsonNode schema, JsonNode ref, String where) {
        String text = ref.asText();
        String target = ref.isTextual() && text.startsWith(REF_PREFIX) ? text.substring(REF_PREFIX.length()) : null;
        if (target == null || !bodies.contains(target)) {
            throw reader.invalid(schema, "$ref", where + ": $ref '" + text + "' must name another body of the"
                    + " convention, as " + REF_PREFIX + "<body>");
        }
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (STRUCTURE.contains(key) && !key.equals("$ref")) {
                throw reader.invalid(schema, key, where + ": '" + key + "' does not go with $ref");
            }
        }
    }
}
