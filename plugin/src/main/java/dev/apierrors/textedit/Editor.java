package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The changes that make one edit of a text (a string, or the bytes of a UTF-8 JSON text: {@link
 * Utf8Bytes}): where each new entry and replaced value goes, written in the style of the mapping it
 * goes into. {@link TextEdit} turns them into the edited text.
 */
final class Editor {
    private final CharSequence text;
    private final Layout layout;
    private final boolean json;
    private final String eol;
    private final Fragments fragments;
    private final LineStarts lines;
    private final List<Splice> changes = new ArrayList<>();

    Editor(CharSequence text, Layout layout, boolean json) {
        this.text = text;
        this.layout = layout;
        this.json = json;
        this.eol = Text.lineBreak(text);
        this.fragments = new Fragments(layout);
        this.lines = new LineStarts(text);
    }

    List<Splice> edit(Map<String, List<Insertion>> byMapping, Iterable<Replacement> replacements) {
        for (Replacement replacement : replacements) {
            replace(layout.node(replacement.pointer()), replacement.value());
        }
        for (Map.Entry<String, List<Insertion>> group : byMapping.entrySet()) {
            MappingSpan span = layout.span(group.getKey());
            if (span.merges) {
                throw new TextEditUnsupported("the mapping at '" + Insertions.display(span.pointer)
                        + "' takes entries from a YAML merge key (<<), which come after its own");
            }
            if (json) {
                json(span, group.getValue());
            } else if (span.flow) {
                flow(span, group.getValue());
            } else {
                block(span, group.getValue());
            }
        }
        return sorted();
    }

    private List<Splice> sorted() {
        changes.sort(Comparator.comparingInt(Splice::start)
                .thenComparing(Comparator.comparingInt(Splice::depth).reversed())
                .thenComparingInt(Splice::order));
        int at = 0;
        for (Splice change : changes) {
            if (change.start() < at) {
                throw new TextEditUnsupported("two changes overlap in the text");
            }
            at = change.end();
        }
        return changes;
    }

    private void add(int start, int end, String replacement, MappingSpan span) {
        changes.add(new Splice(start, end, replacement, span.depth, changes.size()));
    }

    /**
     * A value written anew where the old one was: a mapping or list in block YAML as block
     * YAML at the old one's column, anything else on one line (flow YAML, JSON).
     */
    private void replace(NodeSpan node, JsonNode value) {
        if (node.blockScalar) {
            throw new TextEditUnsupported("'" + node.pointer + "' is (or ends with) a YAML block scalar,"
                    + " which cannot be replaced in place");
        }
        String replacement;
        if (json) {
            boolean pretty = layout.pretty && value.isContainerNode() && value.size() > 0;
            replacement = indented(fragments.jsonValue(value, pretty), leadingWhitespace(node.start), false);
        } else if (!node.flow && node.container && value.isContainerNode() && value.size() > 0) {
            replacement = indented(fragments.yamlBlockValue(value), Text.spaces(column(node.start)), false);
        } else {
            replacement = fragments.yamlFlowValue(value);
            if (node.start == node.end && node.start > 0 && text.charAt(node.start - 1) == ':') {
                replacement = " " + replacement;
            }
        }
        changes.add(new Splice(node.start, node.end, replacement, node.depth, changes.size()));
    }

    /** Block YAML: new lines after the line where the mapping's last value ends. */
    private void block(MappingSpan span, List<Insertion> entries) {
        String indent = Text.spaces(column(span.firstKey));
        String newLines = indented(fragments.yamlBlock(entries, span.siblingKeys), indent, true);
        int end = span.lastEnd;
        int lineStart = lines.of(end);
        if (Text.blank(text, lineStart, end)) {
            // The value is a block scalar, which ends after the blank lines that follow it: the
            // new lines go before those, unless the scalar keeps them as part of its value.
            int at = span.lastKeeps ? lineStart : Text.afterLastNonBlankLine(text, lineStart);
            add(at, at, newLines + eol, span);
        } else {
            add(Text.lineEnd(text, end), Text.lineEnd(text, end), eol + newLines, span);
        }
    }

    /** Flow YAML: {@code , key: value} after the last value, or the entries inside {@code {}}. */
    private void flow(MappingSpan span, List<Insertion> entries) {
        List<String> items = new ArrayList<>();
        for (Insertion entry : entries) {
            items.add(fragments.yamlFlow(entry, span.siblingKeys));
        }
        if (span.empty()) {
            add(span.open + 1, span.close, String.join(", ", items), span);
            return;
        }
        afterLastEntry(span, items);
    }

    private void json(MappingSpan span, List<Insertion> entries) {
        boolean multiLine = span.empty() ? layout.pretty : onOwnLine(span.lastKey);
        if (span.empty()) {
            String lineIndent = multiLine ? leadingWhitespace(span.open) : "";
            String inner = lineIndent + layout.unit;
            List<String> items = new ArrayList<>();
            for (Insertion entry : entries) {
                items.add(indented(fragments.json(entry, multiLine), inner, false));
            }
            String body = multiLine
                    ? eol + inner + String.join("," + eol + inner, items) + eol + lineIndent
                    : String.join(separator(), items);
            add(span.open + 1, span.close, body, span);
            return;
        }
        String inner = multiLine ? leadingWhitespace(span.lastKey) : "";
        List<String> items = new ArrayList<>();
        for (Insertion entry : entries) {
            items.add(indented(fragments.json(entry, multiLine), inner, false));
        }
        afterLastEntry(span, items);
    }

    private String separator() {
        return layout.colon != null && layout.colon.endsWith(" ") ? ", " : ",";
    }

    /**
     * A comma after the last value, then the entries: on lines of their own at the last key's
     * indentation when the mapping's entries are on lines of their own (after what ends the
     * last value's line, a comment included), else on the same line.
     */
    private void afterLastEntry(MappingSpan span, List<String> items) {
        int end = span.lastEnd;
        if (!onOwnLine(span.lastKey)) {
            String separator = json ? separator() : ", ";
            add(end, end, separator + String.join(separator, items), span);
            return;
        }
        String indent = leadingWhitespace(span.lastKey);
        String lines = eol + indent + String.join("," + eol + indent, items);
        int lineEnd = Text.lineEnd(text, end);
        String rest = text.subSequence(end, lineEnd).toString().trim();
        if (rest.isEmpty() || rest.startsWith("#") && !json) {
            add(end, end, ",", span);
            add(lineEnd, lineEnd, lines, span);
        } else {
            add(end, end, "," + lines, span);
        }
    }

    /** Whether only whitespace precedes the character at {@code offset} on its line, and a line precedes it. */
    private boolean onOwnLine(int offset) {
        // back over the indentation only: on a one-line text (minified JSON) the line's start is
        // far away, and is asked for after every mapping
        int at = offset;
        while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
            at--;
        }
        return at > 0 && (text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r');
    }

    private String leadingWhitespace(int offset) {
        int lineStart = lines.of(offset);
        int at = lineStart;
        while (at < offset && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return text.subSequence(lineStart, at).toString();
    }

    private int column(int offset) {
        return offset - lines.of(offset);
    }

    /** The fragment's lines joined with the text's line break, each but empty ones (and the first, unless asked) indented. */
    private String indented(String fragment, String indent, boolean first) {
        StringBuilder out = new StringBuilder(fragment.length() + 16);
        int start = 0;
        boolean isFirst = true;
        while (start <= fragment.length()) {
            int newline = fragment.indexOf('\n', start);
            int end = newline < 0 ? fragment.length() : newline;
            if (!isFirst) {
                out.append(eol);
            }
            if (end > start && (first || !isFirst)) {
                out.append(indent);
            }
            out.append(fragment, start, end);
            isFirst = false;
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return out.toString();
    }
}
