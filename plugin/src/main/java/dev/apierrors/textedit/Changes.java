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
