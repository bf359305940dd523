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
        JsonNode current = node;
        for (int i = 0; i < MAX_HOPS && current != null && current.isObject(); i++) {
            JsonNode ref = current.get("$ref");
            if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) {
                return current;
            }
            current = root.at(JsonPointer.compile(ref.asText().substring(1)));
        }
        return current == null ? MissingNode.getInstance() : current;
    }
}
