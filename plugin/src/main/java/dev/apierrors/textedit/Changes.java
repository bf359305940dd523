package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.document.Pointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What turned one document into another, as edits of its text: entries added at the ends of
 * mappings (insertions) and values written anew (replacements: a changed value, or a mapping
 * whose entries were removed or reordered). A value that holds additions and nothing else
 * changed is not replaced; only its additions are inserted.
 */
public record Changes(List<Insertion> insertions, List<Replacement> replacements) {

    public Changes {
        insertions = List.copyOf(insertions);
        replacements = List.copyOf(replacements);
    }

    public static Changes between(JsonNode original, JsonNode changed) {
        List<Insertion> insertions = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        if (!original.isObject() || !changed.isObject() || !keepsEntries(original, changed)) {
            throw new TextEditUnsupported("the document's top-level entries were changed, not only added to");
        }
        compare(original, changed, "", insertions, replacements);
        return new Changes(insertions, replacements);
    }

    /**
     * What was added to {@code now} since {@code before} was taken of it, given that entries were
     * only added at the ends of its mappings, or new mappings and lists put in place of other
     * values (those are replacements); a scalar changed in place is not seen.
     */
    public static Changes since(Snapshot before, JsonNode now) {
        if (!before.isRoot(now)) {
            throw new TextEditUnsupported("the document was replaced, not only added to");
        }
        Walk walk = new Walk(before);
        walk.added(now, 0);
        return new Changes(walk.insertions, walk.replacements);
    }

    /**
     * The walk of {@link #since}, in the order the snapshot was taken: the pointer of where it is
     * is kept as segments and written out only for what it reports, since almost every node of a
     * large tree is unchanged.
     */
    private static final class Walk {
        private final Snapshot before;
        private final List<Insertion> insertions = new ArrayList<>();
        private final List<Replacement> replacements = new ArrayList<>();
        private final List<String> path = new ArrayList<>();

        Walk(Snapshot before) {
            this.before = before;
        }

        private String pointer() {
            StringBuilder pointer = new StringBuilder();
            for (String segment : path) {
                pointer.append('/').append(Pointers.escape(segment));
            }
            return pointer.toString();
        }

        /** {@code node} is the container at {@code index} of the snapshot. */
        void added(JsonNode node, int index) {
            int size = before.size(index);
            int end = before.end(index);
            int next = index + 1;
            if (node.isArray()) {
                if (node.size() != size) {
                    if (path.isEmpty()) {
                        throw new TextEditUnsupported("the document was replaced, not only added to");
                    }
                    replacements.add(new Replacement(pointer(), node));
                    return;
                }
                for (int place = 0; place < size; place++) {
                    JsonNode element = node.get(place);
                    next = kept(element, place, element.isContainerNode() ? Integer.toString(place) : null, next, end);
                }
                return;
            }
            int place = 0;
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); place++) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (place >= size) {
                    insertions.add(new Insertion(pointer(), entry.getKey(), entry.getValue()));
                } else {
                    next = kept(entry.getValue(), place, entry.getKey(), next, end);
                }
            }
        }

        /**
         * The value at {@code place} of a container that was there before; {@code next} is the
         * index of the snapshot's next container inside that one (up to {@code end}). Returns the
         * index after this value's.
         */
        private int kept(JsonNode value, int place, String segment, int next, int end) {
            boolean wasContainer = next < end && before.slot(next) == place;
            int after = wasContainer ? before.end(next) : next;
            if (!value.isContainerNode()) {
                return after;
            }
            path.add(segment);
            if (wasContainer && before.node(next) == value) {
                added(value, next);
            } else {
                replacements.add(new Replacement(pointer(), value));
            }
            path.remove(path.size() - 1);
            return after;
        }
    }

    private static void compare(JsonNode original, JsonNode changed, String pointer, List<Insertion> insertions,
                                List<Replacement> replacements) {
        if (original.isObject() && changed.isObject() && keepsEntries(original, changed)) {
            Iterator<Map.Entry<String, JsonNode>> after = changed.fields();
            for (int i = 0; i < original.size(); i++) {
                Map.Entry<String, JsonNode> kept = after.next();
                compare(original.get(kept.getKey()), kept.getValue(), pointer + "/" + Pointers.escape(kept.getKey()),
                        insertions, replacements);
            }
            while (after.hasNext()) {
                Map.Entry<String, JsonNode> added = after.next();
                insertions.add(new Insertion(pointer, added.getKey(), added.getValue()));
            }
        } else if (original.isArray() && changed.isArray() && original.size() == changed.size()) {
            for (int i = 0; i < original.size(); i++) {
                compare(original.get(i), changed.get(i), pointer + "/" + i, insertions, replacements);
            }
        } else if (!original.equals(changed)) {
            replacements.add(new Replacement(pointer, changed));
        }
    }

    /** The changed mapping starts with the original's entries, in their order. */
    private static boolean keepsEntries(JsonNode original, JsonNode changed) {
        Iterator<String> before = original.fieldNames();
        Iterator<String> after = changed.fieldNames();
        while (before.hasNext()) {
            if (!after.hasNext() || !before.next().equals(after.next())) {
                return false;
            }
        }
        return true;
    }
}
