package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A value of a YAML or JSON text to write anew: the node at {@code pointer} (a JSON Pointer, RFC
 * 6901, never the root) becomes {@code value}, written in the style of the text around it. The
 * node's own text is replaced; the rest of the text stays as it was.
 */
public record Replacement(String pointer, JsonNode value) {

    public Replacement {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(value, "value");
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer below the root: '" + pointer + "'");
        }
    }
}
