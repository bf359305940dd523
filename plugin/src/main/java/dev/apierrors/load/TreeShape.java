package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many nodes a tree has and how deep it nests, measured without recursion, so that measuring a
 * tree too deep for the stack is safe.
 *
 * @param nodes every node, containers and values
 * @param depth the most containers inside each other (a lone value: 0)
 */
record TreeShape(long nodes, int depth) {

    static TreeShape of(JsonNode root) {
        long nodes = 0;
        int depth = 0;
        Deque<JsonNode> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(root);
        depths.push(0);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            int level = depths.pop();
            nodes++;
            if (node.isContainerNode()) {
                depth = Math.max(depth, level + 1);
                for (JsonNode child : node) {
                    pending.push(child);
                    depths.push(level + 1);
                }
            }
        }
        return new TreeShape(nodes, depth);
    }
}
