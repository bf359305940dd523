package dev.apierrors.textedit;

import java.util.HashMap;
import java.util.Map;

/** The mappings of a text an edit needs, and how the text is laid out around them. */
final class Layout {

    final Map<String, MappingSpan> spans = new HashMap<>();
    final Map<String, NodeSpan> nodes = new HashMap<>();
    /** Why a mapping cannot be edited in place, by pointer (reached through an alias...). */
    final Map<String, String> refused = new HashMap<>();
    /** YAML block: columns a nested mapping is indented by; JSON: the indentation unit's width. */
    int step = -1;
    /** YAML block: columns a list's "-" is indented by under its key (0: at the key's column). */
    int sequenceIndent = -1;
    /** JSON: the text of one level of indentation (spaces or a tab). */
    String unit;
    /** JSON: the text between a key and its value, e.g. ": ". */
    String colon;
    /** YAML: how the text quotes its keys and strings. */
    final QuotingStyle quoting = new QuotingStyle();
    /** JSON: written on several lines rather than on one. */
    boolean pretty;

    MappingSpan span(String pointer) {
        String why = refused.get(pointer);
        if (why != null) {
            throw new TextEditUnsupported(why);
        }
        MappingSpan span = spans.get(pointer);
        if (span == null) {
            throw new TextEditUnsupported("the text has no mapping at '" + Insertions.display(pointer) + "' to add to");
        }
        return span;
    }

    NodeSpan node(String pointer) {
        String why = refused.get(pointer);
        if (why != null) {
            throw new TextEditUnsupported(why);
        }
        NodeSpan node = nodes.get(pointer);
        if (node == null) {
            throw new TextEditUnsupported("the text has no value at '" + pointer + "' to replace");
        }
        return node;
    }
}
