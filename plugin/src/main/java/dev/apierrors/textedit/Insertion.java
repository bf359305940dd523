package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One entry to add to a mapping of a YAML or JSON text: {@code key: value}, after the mapping's
 * last entry. The mapping must be in the text; a mapping the text lacks is itself added as the
 * value of an insertion into its parent.
 *
 * @param mappingPointer where the mapping is in the document the text holds, as a JSON Pointer
 *                       (RFC 6901; {@code ""} is the document's root)
 * @param key            the new entry's key, which the mapping does not have yet
 * @param value          the new entry's value, written in the style of the text around it
 */
public record Insertion(String mappingPointer, String key, JsonNode value) {

    public Insertion {
        Objects.requireNonNull(mappingPointer, "mappingPointer");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!mappingPointer.isEmpty() && !mappingPointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: '" + mappingPointer + "'");
        }
    }
}
