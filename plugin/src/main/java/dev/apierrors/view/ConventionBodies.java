package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.enrich.ComponentNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Java records for the body schemas of a convention: one per body, named like OpenAPI Generator
 * names the schema's model, and one per nested object, named after its body and property. Types:
 * string as {@code String} (whatever its format), integer as {@code Integer} ({@code Long} for
 * int64), number as {@code Double}, boolean as {@code Boolean}, arrays as {@code List}, objects
 * without properties as {@code Map<String, Object>}, a schema without type as {@code Object}.
 */
final class ConventionBodies {

    private static final String REF = "#/components/schemas/";
    private static final String DECODER = "ApiErrorDecoder";
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "equals",
            "notify", "notifyAll", "wait", "clone", "finalize");
    private static final Set<String> TITLE = Set.of("title", "reason", "error");
    private static final Set<String> MESSAGE = Set.of("detail", "description", "message", "msg", "errorMessage",
            "error_description");
    private static final Set<String> STATUS = Set.of("status", "statusCode", "status_code", "code");
    private static final Set<String> TIME = Set.of("timestamp", "time", "at", "occurredAt", "occurred_at");
    private static final Set<String> REQUEST_ID = Set.of("request_id", "requestId", "traceId", "trace_id");

    private final UniqueNames typeNames;
    private final Map<String, String> bodyTypes = new LinkedHashMap<>();
    private final List<SourcesView.Body> records = new ArrayList<>();
    /** OpenAPI Generator's name of each record's schema, by record: its component, or its inline name. */
    private final Map<String, String> schemaNames = new LinkedHashMap<>();

    private ConventionBodies(Collection<String> taken) {
        this.typeNames = new UniqueNames(taken);
    }

    /** The records of every body of the convention, the bodies' own first, in the convention's order. */
    static ConventionBodies of(Convention convention, ComponentNames names, Collection<String> taken) {
        ConventionBodies bodies = new ConventionBodies(taken);
        for (String body : convention.bodies().keySet()) {
            String component = names.schema(body);
            String type = JavaNames.toModelName(component);
            if (type.isEmpty() || !type.equals(bodies.typeNames.claim(type))) {
                throw new ApiErrorsException("the body '" + component + "' of the convention " + convention.name()
                        + " gives the Java class name '" + type + "', which the generated sources already use for"
                        + " something else: rename the body");
            }
            bodies.bodyTypes.put(body, type);
        }
        for (Map.Entry<String, ObjectNode> body : convention.bodies().entrySet()) {
            bodies.record(bodies.bodyTypes.get(body.getKey()), body.getValue(), true,
                    names.schema(body.getKey()));
        }
        return bodies;
    }

    String typeOf(String body) {
        return bodyTypes.get(body);
    }

    List<SourcesView.Body> records() {
        return records;
    }

    /** Every record as OpenAPI Generator names its schema, in the order of {@link #records()}. */
    List<ModelMappings.Mapping> mappings(String packageName) {
        List<ModelMappings.Mapping> mappings = new ArrayList<>();
        schemaNames.forEach((type, schema) -> mappings.add(new ModelMappings.Mapping(schema, packageName + "." + type)));
        return mappings;
    }

    private void record(String type, JsonNode schema, boolean body, String schemaName) {
        int at = records.size();
        records.add(null);
        schemaNames.put(type, schemaName);
        List<SourcesView.Field> fields = new ArrayList<>();
        UniqueNames fieldNames = new UniqueNames(List.of());
        JsonNode properties = schema.get("properties");
        List<String> jsonNames = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(jsonNames::add);
        }
        for (int i = 0; i < jsonNames.size(); i++) {
            String json = jsonNames.get(i);
            JsonNode property = properties.get(json);
            String javaName = fieldNames.claim(fieldName(json));
            Type fieldType = type(property, type + JavaNames.toModelName(json), schemaName + "_" + json);
            fields.add(new SourcesView.Field(javaName, JavaText.literal(json), JavaText.javadoc(json),
                    JavaText.javadoc(text(property, "description")), fieldType.java, "ApiErrorDecoder.convert(json.get("
                    + JavaText.literal(json) + "), " + fieldType.converter + ")", fill(json, property, fieldType),
                    i == jsonNames.size() - 1));
        }
        records.set(at, new SourcesView.Body(type, JavaText.javadoc(text(schema, "description")), body, fields,
                fields.isEmpty()));
    }

    /** What {@code of(status, message)} puts into a field, by its name and type: what the plugin can know. */
    private static String fill(String json, JsonNode property, Type type) {
        String lower = json.toLowerCase(Locale.ROOT);
        switch (type.java) {
            case "String":
                if (TITLE.contains(json)) {
                    return "status.reason()";
                }
                if (MESSAGE.contains(json)) {
                    return "message";
                }
                if (lower.equals("code")) {
                    return "status.name()";
                }
                if (TIME.contains(json) || "date-time".equals(text(property, "format"))) {
                    return "java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString()";
                }
                if (REQUEST_ID.contains(json)) {
                    return "java.util.UUID.randomUUID().toString()";
                }
                JsonNode fallback = property.get("default");
                return fallback != null && fallback.isTextual() ? JavaText.literal(fallback.asText()) : "null";
            case "Integer":
                return STATUS.contains(json) ? "status.code()" : "null";
            case "Long":
                return STATUS.contains(json) ? "(long) status.code()" : "null";
            default:
                return type.java.startsWith("List<") ? "List.of()" : "null";
        }
    }

    private static final class Type {
        final String java;
        final String converter;

        Type(String java, String converter) {
            this.java = java;
            this.converter = converter;
        }
    }

    /** The type of a schema; {@code schemaName} is the name OpenAPI Generator gives it when it is an inline object. */
    private Type type(JsonNode schema, String nestedName, String schemaName) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String target = bodyTypes.get(ref.asText().substring(REF.length()));
            return new Type(target, target + "::fromJson");
        }
        String type = text(schema, "type");
        if (type == null) {
            return new Type("Object", DECODER + "::any");
        }
        switch (type) {
            case "string":
                return new Type("String", DECODER + "::text");
            case "integer":
                return "int64".equals(text(schema, "format")) ? new Type("Long", DECODER + "::int64")
                        : new Type("Integer", DECODER + "::int32");
            case "number":
                return new Type("Double", DECODER + "::number");
            case "boolean":
                return new Type("Boolean", DECODER + "::bool");
            case "array":
                Type item = type(schema.get("items"), nestedName + "Item", schemaName + "_inner");
                return new Type("List<" + item.java + ">", DECODER + ".listOf(" + item.converter + ")");
            default:
                JsonNode properties = schema.get("properties");
                if (properties == null || properties.isEmpty()) {
                    return new Type("Map<String, Object>", DECODER + "::map");
                }
                String name = typeNames.claim(nestedName);
                record(name, schema, false, schemaName);
                return new Type(name, name + "::fromJson");
        }
    }

    private static String fieldName(String json) {
        String name = JavaNames.camelize(JavaNames.sanitize(json), true);
        if (name.isEmpty()) {
            return "value";
        }
        if (JavaNames.RESERVED.contains(name.toLowerCase(Locale.ROOT)) || !JavaNames.isIdentifier(name)
                || OBJECT_METHODS.contains(name)) {
            return "_" + name;
        }
        return name;
    }

    private static String text(JsonNode schema, String key) {
        JsonNode value = schema.get(key);
        return value != null && value.isValueNode() ? value.asText() : null;
    }

}
