package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;

/**
 * How many entries each mapping and list of a tree had, remembered before a change that only adds
 * entries to mappings in place (and may put new mappings where a null was): enough to tell
 * afterwards what was added, at a fraction of the memory of a copy of the tree.
 *
 * <p>The containers are kept in the order of a walk of the tree, each with where its own
 * containers end and its place among its parent's entries; a later walk in the same order finds
 * each container at its index by comparing references, without hashing a million nodes.
 */
public final class Snapshot {

    private JsonNode[] nodes = new JsonNode[1024];
    private int[] sizes = new int[1024];
    private int[] ends = new int[1024];
    private int[] slots = new int[1024];
    private int count;

    private Snapshot() {
    }

    public static Snapshot of(JsonNode root) {
        Snapshot snapshot = new Snapshot();
        if (root.isContainerNode()) {
            snapshot.add(root, 0);
        }
        return snapshot;
    }

    private void add(JsonNode node, int slot) {
        int index = count++;
        if (index == nodes.length) {
            int length = index * 2;
            nodes = Arrays.copyOf(nodes, length);
            sizes = Arrays.copyOf(sizes, length);
            ends = Arrays.copyOf(ends, length);
            slots = Arrays.copyOf(slots, length);
        }
        nodes[index] = node;
        sizes[index] = node.size();
        slots[index] = slot;
        int place = 0;
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                add(child, place);
            }
            place++;
        }
        ends[index] = count;
    }

    /** The root was in the tree (as its root) when the snapshot was taken. */
    boolean isRoot(JsonNode root) {
        return count > 0 && nodes[0] == root;
    }

    /** The container at {@code index} of the walk. */
    JsonNode node(int index) {
        return nodes[index];
    }

    /** The number of entries the container at {@code index} had. */
    int size(int index) {
        return sizes[index];
    }

    /** The index after the containers inside the one at {@code index}: where its next sibling is. */
    int end(int index) {
        return ends[index];
    }

    /** The place of the container at {@code index} among its parent's entries. */
    int slot(int index) {
        return slots[index];
    }
}
