package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.document.Pointers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What an enrichment put into the tree, written down as it was put there: each entry added to a
 * mapping the tree already had, and each null that became a mapping. A mapping the enrichment
 * created arrives whole, as the value of one of those. Whoever edits the author's text needs
 * nothing else, and no comparison of the tree before and after.
 */
public final class TreeAdditions {

    /**
     * An entry added at the end of a mapping the tree had.
     *
     * @param mappingPointer where the mapping is, as a JSON Pointer ({@code ""}: the root)
     */
    public record Entry(String mappingPointer, String key, JsonNode value) {
    }

    /** A null at {@code pointer} that became {@code value}, a mapping. */
    public record Replaced(String pointer, JsonNode value) {
    }

    private final Set<JsonNode> created = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Entry> entries = new ArrayList<>();
    private final List<Replaced> replaced = new ArrayList<>();

    TreeAdditions() {
    }

    /** Entries added to mappings of the author's tree, in the order they were added. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Nulls of the author's tree that became mappings. */
    public List<Replaced> replaced() {
        return Collections.unmodifiableList(replaced);
    }

    /**
     * A new, empty mapping at {@code field} of {@code parent} (at {@code parentPointer}), where
     * the field was absent or null.
     */
    ObjectNode newMapping(ObjectNode parent, String parentPointer, String field) {
        boolean wasNull = parent.has(field);
        ObjectNode mapping = parent.putObject(field);
        if (!created.contains(parent)) {
            if (wasNull) {
                replaced.add(new Replaced(parentPointer + "/" + Pointers.escape(field), mapping));
            } else {
                entries.add(new Entry(parentPointer, field, mapping));
            }
        }
        created.add(mapping);
        return mapping;
    }

    /** Adds {@code key: value} to {@code mapping} (at {@code pointer}), which lacks {@code key}. */
    void put(ObjectNode mapping, String pointer, String key, JsonNode value) {
        mapping.set(key, value);
        if (!created.contains(mapping)) {
            entries.add(new Entry(pointer, key, value));
        }
    }
}
