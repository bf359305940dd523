package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How many entries each mapping and list of a tree had, remembered before a change that only adds
 * entries to mappings in place (and may put new mappings where a null was): enough to tell
 * afterwards what was added, at a fraction of the memory of a copy of the tree.
 */
public final class Snapshot {

    private final Map<JsonNode, Integer> sizes = new IdentityHashMap<>();

    private Snapshot() {
    }

    public static Snapshot of(JsonNode root) {
        Snapshot snapshot = new Snapshot();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            snapshot.sizes.put(node, node.size());
            for (JsonNode child : node) {
                if (child.isContainerNode()) {
                    pending.push(child);
                }
            }
        }
        return snapshot;
    }

    /** The size the container had, or -1 when it was not in the tree. */
    int sizeOf(JsonNode container) {
        Integer size = sizes.get(container);
        return size == null ? -1 : size;
    }
}
