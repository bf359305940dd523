package dev.apierrors.authored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.document.Operation;
import dev.apierrors.document.OperationWalker;
import dev.apierrors.document.Pointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the enrichment added to a bundled document: the responses each operation gained and the
 * components the document gained, found by comparing the document before and after. Whatever the
 * convention adds is found the same way: nothing here knows which codes or components it has.
 *
 * @param responses  responses added to operations, in document order
 * @param components components added, in the order the enrichment added them
 */
public record Additions(List<ResponseAddition> responses, List<ComponentAddition> components) {

    /** A response an operation gained: its status {@code code} and the value (a {@code $ref}). */
    public record ResponseAddition(Operation operation, String code, JsonNode value) {

        /** The name of the component it refers to, or null when it is not a reference to one. */
        public String componentName() {
            String ref = value.path("$ref").asText("");
            int slash = ref.lastIndexOf('/');
            return ref.startsWith("#/components/") && slash >= 0
                    ? ref.substring(slash + 1).replace("~1", "/").replace("~0", "~") : null;
        }
    }

    /** A component the document gained: {@code components/<section>/<name>}. */
    public record ComponentAddition(String section, String name, JsonNode value) {

        public String label() {
            return "components/" + section + "/" + name;
        }

        public String pointer() {
            return "/components/" + Pointers.escape(section) + "/" + Pointers.escape(name);
        }
    }

    public Additions {
        responses = List.copyOf(responses);
        components = List.copyOf(components);
    }

    public boolean isEmpty() {
        return responses.isEmpty() && components.isEmpty();
    }

    /**
     * Compares a document with its enrichment. The enrichment only adds, so both have the same
     * operations in the same order.
     */
    public static Additions between(ObjectNode original, ObjectNode enriched) {
        List<Operation> before = OperationWalker.operations(original);
        List<Operation> after = OperationWalker.operations(enriched);
        if (before.size() != after.size()) {
            throw new IllegalStateException("the enrichment changed the operations: " + before.size() + " before, "
                    + after.size() + " after");
        }
        List<ResponseAddition> responses = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Operation operation = before.get(i);
            JsonNode had = operation.operation().path("responses");
            for (Map.Entry<String, JsonNode> response : after.get(i).operation().path("responses").properties()) {
                if (!had.has(response.getKey())) {
                    responses.add(new ResponseAddition(operation, response.getKey(), response.getValue()));
                }
            }
        }
        List<ComponentAddition> components = new ArrayList<>();
        JsonNode had = original.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> sections = enriched.path("components").fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            JsonNode hadSection = had.path(section.getKey());
            for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
                if (!hadSection.has(entry.getKey())) {
                    components.add(new ComponentAddition(section.getKey(), entry.getKey(), entry.getValue()));
                }
            }
        }
        return new Additions(responses, components);
    }
}
