package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.document.Pointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** What a change of a document that only adds entries to its mappings added, as insertions. */
public final class Insertions {

    private Insertions() {
    }

    /**
     * The insertions that turn {@code original} into {@code enriched}: for every mapping, the
     * entries {@code enriched} has after those of {@code original}, in their order. Fails when
     * {@code enriched} is not {@code original} plus entries at the ends of its mappings (a value
     * changed, an entry removed or moved), since no insertion gives that.
     */
    public static List<Insertion> between(JsonNode original, JsonNode enriched) {
        List<Insertion> insertions = new ArrayList<>();
        compare(original, enriched, "", insertions);
        return insertions;
    }

    private static void compare(JsonNode original, JsonNode enriched, String pointer, List<Insertion> insertions) {
        if (original.isObject() && enriched.isObject()) {
            compareObjects(original, enriched, pointer, insertions);
        } else if (original.isArray() && enriched.isArray() && original.size() == enriched.size()) {
            for (int i = 0; i < original.size(); i++) {
                compare(original.get(i), enriched.get(i), pointer + "/" + i, insertions);
            }
        } else if (!original.equals(enriched)) {
            throw new TextEditUnsupported("the value at '" + display(pointer) + "' was changed, not only added to");
        }
    }

    private static void compareObjects(JsonNode original, JsonNode enriched, String pointer,
                                       List<Insertion> insertions) {
        Iterator<Map.Entry<String, JsonNode>> before = original.fields();
        Iterator<Map.Entry<String, JsonNode>> after = enriched.fields();
        while (before.hasNext()) {
            Map.Entry<String, JsonNode> kept = before.next();
            Map.Entry<String, JsonNode> now = after.hasNext() ? after.next() : null;
            if (now == null || !now.getKey().equals(kept.getKey())) {
                throw new TextEditUnsupported("the entries of '" + display(pointer)
                        + "' were removed or reordered, not only added to");
            }
            compare(kept.getValue(), now.getValue(), pointer + "/" + Pointers.escape(kept.getKey()), insertions);
        }
        while (after.hasNext()) {
            Map.Entry<String, JsonNode> added = after.next();
            insertions.add(new Insertion(pointer, added.getKey(), added.getValue()));
        }
    }

    static String display(String pointer) {
        return pointer.isEmpty() ? "(the document root)" : pointer;
    }
}
