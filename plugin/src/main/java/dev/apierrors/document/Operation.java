package dev.apierrors.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One operation of a description, with where it was found.
 *
 * @param method    the HTTP method, lower case
 * @param path      the path template, or the webhook's name, or the callback's expression
 * @param origin    what kind of path item holds it
 * @param operation the operation object itself (the author's tree)
 * @param pathItem  the path item that holds it, for path-level parameters
 * @param pointer   JSON pointer of the operation in the document, for messages: the way it was reached,
 *                  through any {@code $ref} on the way
 * @param location  JSON pointer of the operation object itself: where it is written, which differs
 *                  from {@code pointer} when a {@code $ref} led to its path item or callback
 */
public record Operation(String method, String path, Origin origin, ObjectNode operation, ObjectNode pathItem,
                        String pointer, String location) {

    /** Where the path item of an operation hangs in the document. */
    public enum Origin { PATH, WEBHOOK, CALLBACK, COMPONENT_PATH_ITEM }

    public String operationId() {
        JsonNode id = operation.get("operationId");
        return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
    }

    /** How messages and the catalog name it: {@code GET /pets}. */
    public String label() {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }
}
