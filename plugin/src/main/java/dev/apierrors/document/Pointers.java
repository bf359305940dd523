package dev.apierrors.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Local references inside one bundled document. */
public final class Pointers {

    private static final int MAX_HOPS = 64;

    private Pointers() {
    }

    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The object a node stands for: itself, or what its local {@code $ref} chain ends at. */
    public static JsonNode deref(JsonNode root, JsonNode node) {
        return resolve(root, node, "").node();
    }

    /**
     * What a node stands for and where that is in the document.
     *
     * @param node     the node itself, or what its local {@code $ref} chain ends at
     * @param location its JSON pointer: the node's own, or the last {@code $ref}'s target
     */
    public record Target(JsonNode node, String location) {
    }

    /** {@link #deref}, and where the result is: {@code location} (the node's own) when no {@code $ref} was followed. */
    public static Target resolve(JsonNode root, JsonNode node, String location) {
        JsonNode current = node;
        String at = location;
        for (int i = 0; i < MAX_HOPS && current != null && current.isObject(); i++) {
            JsonNode ref = current.get("$ref");
            if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) {
                return new Target(current, at);
            }
            at = ref.asText().substring(1);
            current = root.at(JsonPointer.compile(at));
        }
        return new Target(current == null ? MissingNode.getInstance() : current, at);
    }
}
