package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.BodyFill;
import dev.apierrors.convention.Convention;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.shared.ApiErrorsException;

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
 * The convention's fill says what the handlers put into each body; the items of a body's problems
 * are {@code ValidationDetail} itself when they have its shape ({@code loc}, {@code msg},
 * {@code type}, filled as location, message and type), else a record of their own.
 */
final class ConventionBodies {

    private static final String REF = "#/components/schemas/";
    private static final String DECODER = "ApiErrorDecoder";
    /** Ends a record's header: Mustache cannot write a brace right before a tag. */
    private static final String HEADER_END = ") {";
    static final String PROBLEM = "ValidationDetail";
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "equals",
            "notify", "notifyAll", "wait", "clone", "finalize");

    private final UniqueNames typeNames;
    private final Map<String, String> bodyTypes = new LinkedHashMap<>();
    private final List<SourcesView.Body> records = new ArrayList<>();

    private ConventionBodies(Collection<String> taken) {
        this.typeNames = new UniqueNames(taken);
    }

    /** The records of every body of the convention, the bodies' own first, in the convention's order. */
    static ConventionBodies of(Convention convention, ComponentNames names, Collection<String> taken) {
        ConventionBodies bodies = new ConventionBodies(taken);
        for (String body : convention.bodies().keySet()) {
            String component = names.schema(body);
            String type = JavaNames.toModelName(component);
            if (type.isEmpty() || isJavaLang(type) || !type.equals(bodies.typeNames.claim(type))) {
                String parameter = ComponentNames.parameterFor(body);
                throw new ApiErrorsException(parameter != null
                        ? parameter + " '" + component + "' gives the Java class name '" + type + "', which the"
                        + " generated sources already use for something else: choose another " + parameter
                        : "the body '" + component + "' of the convention " + convention.name()
                        + " gives the Java class name '" + type + "', which the generated sources already use for"
                        + " something else: rename the body");
            }
            bodies.bodyTypes.put(body, type);
        }
        for (Map.Entry<String, ObjectNode> body : convention.bodies().entrySet()) {
            bodies.body(bodies.bodyTypes.get(body.getKey()), body.getValue(), convention.fill(body.getKey()));
        }
        return bodies;
    }

    String typeOf(String body) {
        return bodyTypes.get(body);
    }

    List<SourcesView.Body> records() {
        return records;
    }

    /** A body: its record, with the fill-ins of {@code compose} and what {@code ApiErrorException} reads of it. */
    private void body(String type, ObjectNode schema, BodyFill fill) {
        int at = records.size();
        records.add(null);
        Properties properties = properties(schema);
        BodyFill.Problems problems = fill.problems();
        List<SourcesView.Field> fields = new ArrayList<>();
        String problemsExpression = "List.of()";
        String messageExpression = null;
        String requestIdField = null;
        String timestampField = null;
        for (int i = 0; i < properties.json.size(); i++) {
            String json = properties.json.get(i);
            JsonNode property = properties.node(json);
            String javaName = properties.javaNames.get(i);
            Type fieldType;
            String fillIn;
            if (problems != null && json.equals(problems.member())) {
                JsonNode items = property.get("items");
                String item = hasProblemShape(items, problems) ? PROBLEM
                        : problemItem(typeNames.claim(type + JavaNames.toModelName(json) + "Item"), items, problems);
                fieldType = new Type("List<" + item + ">", DECODER + ".listOf(" + item + "::fromJson)");
                fillIn = item.equals(PROBLEM) ? "problems" : PROBLEM + ".convert(problems, " + item + "::fromProblem)";
                problemsExpression = item.equals(PROBLEM) ? "b." + javaName + "()"
                        : PROBLEM + ".of(b." + javaName + "(), " + item + "::toProblem)";
            } else {
                fieldType = type(property, type + JavaNames.toModelName(json));
                fillIn = fill(json, property, fieldType, fill);
            }
            if (json.equals(fill.message()) && fieldType.java.equals("String")) {
                messageExpression = "b." + javaName + "()";
            }
            if (json.equals(fill.requestId())) {
                requestIdField = javaName;
            }
            if (json.equals(fill.timestamp())) {
                timestampField = javaName;
            }
            fields.add(field(javaName, json, property, fieldType, !properties.required(json), fillIn,
                    decoded(json, fieldType, fill, problems), "null", i == properties.json.size() - 1));
        }
        List<String> completed = new ArrayList<>();
        for (SourcesView.Field field : fields) {
            String name = "this." + field.name();
            if (field.name().equals(requestIdField)) {
                completed.add(name + " != null ? " + name + " : requestId != null ? requestId : ErrorStatus.newRequestId()");
            } else if (field.name().equals(timestampField)) {
                completed.add(name + " != null ? " + name + " : ErrorStatus.now()");
            } else {
                completed.add(name);
            }
        }
        records.set(at, new SourcesView.Body(type, JavaText.javadoc(text(schema, "description")), true, fields,
                fields.isEmpty(), HEADER_END, requestIdField != null || timestampField != null, requestIdField,
                timestampField,
                String.join(",\n                ", completed), problems != null, problemsExpression, messageExpression,
                false, null));
    }

    /** The record of one problem in a body's list, converted from and to {@code ValidationDetail} as the fill says. */
    private String problemItem(String type, JsonNode schema, BodyFill.Problems problems) {
        int at = records.size();
        records.add(null);
        Properties properties = properties(schema);
        List<SourcesView.Field> fields = new ArrayList<>();
        Map<String, String> accessors = new LinkedHashMap<>();
        for (int i = 0; i < properties.json.size(); i++) {
            String json = properties.json.get(i);
            JsonNode property = properties.node(json);
            String javaName = properties.javaNames.get(i);
            accessors.put(json, javaName + "()");
            Type fieldType = type(property, type + JavaNames.toModelName(json));
            String fromProblem = json.equals(problems.location()) ? "problem.loc()"
                    : json.equals(problems.pointer()) ? "problem.pointer()"
                    : json.equals(problems.parameter()) ? "problem.parameter()"
                    : json.equals(problems.header()) ? "problem.header()"
                    : json.equals(problems.message()) ? "problem.msg()"
                    : json.equals(problems.type()) ? "problem.type()"
                    : defaultValue(property, fieldType);
            fields.add(field(javaName, json, property, fieldType, !properties.required(json), "null", "null",
                    fromProblem, i == properties.json.size() - 1));
        }
        String where = problems.location() != null ? accessors.get(problems.location())
                : PROBLEM + ".where(" + orNull(accessors, problems.pointer()) + ", "
                + orNull(accessors, problems.parameter()) + ", " + orNull(accessors, problems.header()) + ")";
        String toProblem = "new " + PROBLEM + "(" + where + ", " + orNull(accessors, problems.message()) + ", "
                + orNull(accessors, problems.type()) + ")";
        records.set(at, new SourcesView.Body(type, JavaText.javadoc(text(schema, "description")), false, fields,
                fields.isEmpty(), HEADER_END, false, null, null, null, false, null, null, true, toProblem));
        return type;
    }

    private static String orNull(Map<String, String> accessors, String json) {
        return json == null ? "null" : accessors.get(json);
    }

    /** A record of an object nested in a body. */
    private void record(String type, JsonNode schema) {
        int at = records.size();
        records.add(null);
        Properties properties = properties(schema);
        List<SourcesView.Field> fields = new ArrayList<>();
        for (int i = 0; i < properties.json.size(); i++) {
            String json = properties.json.get(i);
            JsonNode property = properties.node(json);
            Type fieldType = type(property, type + JavaNames.toModelName(json));
            fields.add(field(properties.javaNames.get(i), json, property, fieldType, !properties.required(json),
                    "null", "null", "null", i == properties.json.size() - 1));
        }
        records.set(at, new SourcesView.Body(type, JavaText.javadoc(text(schema, "description")), false, fields,
                fields.isEmpty(), HEADER_END, false, null, null, null, false, null, null, false, null));
    }

    private static SourcesView.Field field(String javaName, String json, JsonNode property, Type type,
                                           boolean optional, String fill, String decoded, String fromProblem,
                                           boolean last) {
        String fromJson = DECODER + ".convert(json.get(" + JavaText.literal(json) + "), " + type.converter + ")";
        return new SourcesView.Field(javaName, JavaText.literal(json), JavaText.javadoc(json),
                JavaText.javadoc(text(property, "description")), type.java, optional, fromJson,
                decoded == null ? fromJson : DECODER + ".orElse(" + fromJson + ", " + decoded + ")", fill,
                fromProblem, last ? HEADER_END : ",", last);
    }

    /** Whether the items of the problems are those of {@code ValidationDetail}: loc, msg and type, filled as such. */
    private static boolean hasProblemShape(JsonNode items, BodyFill.Problems problems) {
        JsonNode properties = items.get("properties");
        JsonNode loc = properties.get("loc");
        return properties.size() == 3 && "loc".equals(problems.location()) && "msg".equals(problems.message())
                && "type".equals(problems.type()) && problems.pointer() == null && problems.parameter() == null
                && problems.header() == null && loc != null && loc.has("items")
                && "string".equals(text(loc.get("items"), "type"));
    }

    /** What {@code compose} puts into a member, as the convention's fill says. */
    private static String fill(String json, JsonNode property, Type type, BodyFill fill) {
        if (json.equals(fill.title())) {
            return "title";
        }
        if (json.equals(fill.message())) {
            return "message";
        }
        if (json.equals(fill.status())) {
            return type.java.equals("Long") ? "(long) code" : "code";
        }
        if (json.equals(fill.code())) {
            return "status.name()";
        }
        if (json.equals(fill.requestId())) {
            return "requestId";
        }
        if (json.equals(fill.requestBody())) {
            return "requestBody";
        }
        if (json.equals(fill.timestamp())) {
            return "ErrorStatus.now()";
        }
        return defaultValue(property, type);
    }

    /** What a decoded body without the member holds: what its status implies, or null for "as it is". */
    private static String decoded(String json, Type type, BodyFill fill, BodyFill.Problems problems) {
        if (json.equals(fill.title())) {
            return "status.reason()";
        }
        if (json.equals(fill.status())) {
            return type.java.equals("Long") ? "(long) status.code()" : "status.code()";
        }
        if (problems != null && json.equals(problems.member())) {
            return "List.of()";
        }
        return null;
    }

    private static String defaultValue(JsonNode property, Type type) {
        JsonNode fallback = property.get("default");
        if (type.java.equals("String") && fallback != null && fallback.isTextual()) {
            return JavaText.literal(fallback.asText());
        }
        return type.java.startsWith("List<") ? "List.of()" : "null";
    }

    private static final class Type {
        final String java;
        final String converter;

        Type(String java, String converter) {
            this.java = java;
            this.converter = converter;
        }
    }

    private Type type(JsonNode schema, String nestedName) {
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
                Type item = type(schema.get("items"), nestedName + "Item");
                return new Type("List<" + item.java + ">", DECODER + ".listOf(" + item.converter + ")");
            default:
                JsonNode properties = schema.get("properties");
                if (properties == null || properties.isEmpty()) {
                    return new Type("Map<String, Object>", DECODER + "::map");
                }
                String name = typeNames.claim(nestedName);
                record(name, schema);
                return new Type(name, name + "::fromJson");
        }
    }

    /** The properties of a schema: JSON names in order, their distinct Java names, and which are required. */
    private static Properties properties(JsonNode schema) {
        return new Properties(schema);
    }

    private static final class Properties {
        final JsonNode node;
        final List<String> json = new ArrayList<>();
        final List<String> javaNames = new ArrayList<>();
        final Set<String> required = new java.util.HashSet<>();

        Properties(JsonNode schema) {
            this.node = schema.get("properties");
            if (node != null) {
                node.fieldNames().forEachRemaining(json::add);
            }
            UniqueNames names = new UniqueNames(List.of());
            json.forEach(name -> javaNames.add(names.claim(fieldName(name))));
            JsonNode list = schema.get("required");
            if (list != null) {
                list.forEach(name -> required.add(name.asText()));
            }
        }

        JsonNode node(String name) {
            return node.get(name);
        }

        boolean required(String name) {
            return required.contains(name);
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

    static boolean isJavaLang(String name) {
        try {
            Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String text(JsonNode schema, String key) {
        JsonNode value = schema.get(key);
        return value != null && value.isValueNode() ? value.asText() : null;
    }
}
