package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.convention.InvalidConventionException;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.document.Pointers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The components the enrichment adds: the convention's error bodies that its statuses use under
 * {@code components/schemas} and one response per status under {@code components/responses}. A
 * component of the same name that the author defined differently is never replaced; an identical
 * one (a description enriched before, also by a version that wrote no example) is reused. Only the
 * codes some operation gets are given: a component nothing refers to is a linter's warning.
 */
final class ErrorComponents {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Convention convention;
    private final ComponentNames names;

    ErrorComponents(Convention convention, ComponentNames names) {
        this.convention = convention;
        this.names = names;
    }

    String responseRef(Convention.Status status) {
        return "#/components/responses/" + Pointers.escape(names.response(status));
    }

    /** Adds what the given codes of the convention need to the document's components. */
    void addTo(ObjectNode root, Set<Integer> codes, TreeAdditions additions) {
        ObjectNode components = object(root, "", "components", additions);
        Set<String> bodies = bodiesNeeded(codes);
        if (!bodies.isEmpty()) {
            ObjectNode schemas = object(components, "/components", "schemas", additions);
            for (String body : bodies) {
                putBody(schemas, body, (ObjectNode) renamed(convention.bodies().get(body).deepCopy()), additions);
            }
        }
        ObjectNode responses = object(components, "/components", "responses", additions);
        for (Convention.Status status : convention.statuses()) {
            if (codes.contains(status.code())) {
                put(responses, "responses", names.response(status), response(status), "responseNamePrefix",
                        additions);
            }
        }
    }

    /** The bodies the statuses use and those they refer to, in the convention's order. */
    private Set<String> bodiesNeeded(Set<Integer> codes) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        convention.statuses().stream().filter(s -> codes.contains(s.code())).forEach(s -> pending.add(s.body()));
        while (!pending.isEmpty()) {
            String body = pending.pop();
            if (needed.add(body)) {
                for (String ref : convention.bodies().get(body).findValuesAsText("$ref")) {
                    if (ref.startsWith(SCHEMAS)) {
                        pending.push(ref.substring(SCHEMAS.length()));
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        convention.bodies().keySet().stream().filter(needed::contains).forEach(ordered::add);
        return ordered;
    }

    /** The body's references to other bodies follow their configured names. */
    private JsonNode renamed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                object.put("$ref", SCHEMAS + Pointers.escape(names.schema(ref.asText().substring(SCHEMAS.length()))));
            }
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
                renamed(field.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(this::renamed);
        }
        return node;
    }

    private void putBody(ObjectNode schemas, String body, ObjectNode definition, TreeAdditions additions) {
        String name = names.schema(body);
        String parameter = ComponentNames.parameterFor(body);
        JsonNode existing = schemas.get(name);
        if (existing != null && !existing.equals(definition) && parameter == null) {
            throw new InvalidConventionException(convention.name(), convention.bodyLines().getOrDefault(body, 0),
                    "body '" + body
                    + "' clashes with components/schemas/" + name + " of the description, which is defined"
                    + " differently; the plugin never replaces it: rename the body");
        }
        put(schemas, "schemas", name, definition, parameter, additions);
    }

    private static void put(ObjectNode section, String sectionName, String name, ObjectNode definition,
                            String parameter, TreeAdditions additions) {
        JsonNode existing = section.get(name);
        if (existing == null) {
            additions.put(section, "/components/" + sectionName, name, definition);
        } else if (!existing.equals(definition) && !existing.equals(withoutExamples(definition))) {
            throw new ApiErrorsException("components/" + sectionName + "/" + name
                    + " already exists in the description with a different definition; the plugin never"
                    + " replaces it. Choose another name for the plugin's component with the parameter <"
                    + parameter + "> (user property api-errors." + parameter + ")");
        }
    }

    /** A response as enrichments wrote it before they gave examples: reused as it is. */
    private static JsonNode withoutExamples(ObjectNode definition) {
        ObjectNode copy = definition.deepCopy();
        copy.path("content").forEach(media -> {
            if (media.isObject()) {
                ((ObjectNode) media).remove("example");
            }
        });
        return copy;
    }

    private static ObjectNode object(ObjectNode parent, String parentPointer, String field, TreeAdditions additions) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return additions.newMapping(parent, parentPointer, field);
        }
        if (!node.isObject()) {
            throw new ApiErrorsException("'" + (parentPointer + "/" + field).substring(1).replace('/', '.')
                    + "' must be a mapping");
        }
        return (ObjectNode) node;
    }

    private ObjectNode response(Convention.Status status) {
        ObjectNode response = NODES.objectNode();
        response.put("description", status.responseDescription());
        ObjectNode media = response.putObject("content").putObject(convention.mediaType());
        media.putObject("schema").put("$ref", SCHEMAS + Pointers.escape(names.schema(status.body())));
        JsonNode example = convention.examples().get(status.code());
        if (example != null) {
            media.set("example", example.deepCopy());
        }
        return response;
    }
}
