package dev.apierrors.textedit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds entries to the mappings of a YAML or JSON text, leaving every other character of the text
 * as it was: comments, blank lines, quoting, block scalars, anchors, indentation, line breaks and a
 * missing final line break. Each new entry goes after the last entry of its mapping, in the
 * mapping's style: block YAML at the column of the mapping's keys (nested with the text's own
 * indentation step), flow YAML and JSON after a comma, on a line of its own when the mapping's
 * entries are on lines of their own. A replaced value is written where the old one stood, in the
 * same style. Positions come from the parsers (SnakeYAML's marks, Jackson's token locations).
 */
public final class TextEdit {

    private TextEdit() {
    }

    /**
     * The text with the insertions made, its format told by the text itself: a text that reads as
     * JSON is edited as JSON, any other as YAML.
     *
     * @throws TextEditUnsupported when an insertion cannot be made safely (its mapping is not in
     *                             the text as such, or is repeated through a YAML alias...)
     */
    public static String apply(String text, List<Insertion> insertions) {
        return apply(text, insertions, null);
    }

    /** The text with the insertions made, read as {@code format} (null: as the text tells). */
    public static String apply(String text, List<Insertion> insertions, TextFormat format) {
        return apply(text, insertions, List.of(), format);
    }

    /**
     * The text with the insertions made and the values replaced, read as {@code format} (null: as
     * the text tells). A replaced value must not hold a mapping that an insertion adds to.
     */
    public static String apply(String text, List<Insertion> insertions, List<Replacement> replacements,
                               TextFormat format) {
        if (insertions.isEmpty() && replacements.isEmpty()) {
            return text;
        }
        Edited edited = edit(text, insertions, replacements, format);
        StringBuilder out = new StringBuilder(edited.length());
        edited.forEachPiece((source, from, to) -> out.append(source, from, to));
        return out.toString();
    }

    /**
     * {@link #apply(String, List, List, TextFormat)}, as UTF-8 bytes: written straight into an
     * array of the exact size, without the edited text as a string beside it (on a large
     * description, the text and its copies are most of the memory this takes).
     */
    public static byte[] applyUtf8(String text, List<Insertion> insertions, List<Replacement> replacements,
                                   TextFormat format) {
        if (insertions.isEmpty() && replacements.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        Edited edited = edit(text, insertions, replacements, format);
        long[] size = new long[1];
        edited.forEachPiece((source, from, to) -> size[0] += Utf8.length(source, from, to));
        if (size[0] > Integer.MAX_VALUE - 16) {
            throw new TextEditUnsupported("the edited text is too large for one array");
        }
        byte[] out = new byte[(int) size[0]];
        int[] at = new int[1];
        // Piece by piece through String.getBytes, which the JVM encodes far faster than a
        // CharsetEncoder reading a CharSequence char by char.
        edited.forEachPiece((source, from, to) -> {
            byte[] piece = source.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8);
            System.arraycopy(piece, 0, out, at[0], piece.length);
            at[0] += piece.length;
        });
        if (at[0] != out.length) {
            throw new IllegalStateException("UTF-8 size miscounted: " + at[0] + " of " + out.length + " bytes");
        }
        return out;
    }

    /**
     * A JSON text given as its UTF-8 bytes (a byte order mark allowed), with the insertions made
     * and the values replaced, as UTF-8 bytes: the same bytes as {@link #applyUtf8(String, List,
     * List, TextFormat)} gives for the decoded text read as {@link TextFormat#JSON}, made without
     * decoding it. The bytes between the changes are copied as they are; only the changes' texts
     * are encoded.
     *
     * @throws TextEditUnsupported as the edit of the text would, or when the bytes are not a JSON
     *                             object
     */
    public static byte[] applyUtf8(byte[] utf8, List<Insertion> insertions, List<Replacement> replacements) {
        return applyUtf8(utf8, insertions, replacements, null);
    }

    /**
     * {@link #applyUtf8(byte[], List, List)}, with the places of the changes taken from {@code
     * early}, the layout of these very bytes found before (null: none), when it has them all:
     * the bytes are then not read again. When it lacks any (or the bytes are another array), the
     * edit finds them itself, and gives the same bytes, or refuses in the same words.
     */
    public static byte[] applyUtf8(byte[] utf8, List<Insertion> insertions, List<Replacement> replacements,
                                   JsonLayout early) {
        if (insertions.isEmpty() && replacements.isEmpty()) {
            return utf8.clone();
        }
        int bom = Utf8Bytes.byteOrderMark(utf8);
        Utf8Bytes body = new Utf8Bytes(utf8, bom, utf8.length);
        Map<String, Replacement> byNode = byNode(replacements);
        Map<String, List<Insertion>> byMapping = byMapping(insertions);
        Layout layout = early == null ? null : early.covering(utf8, byMapping.keySet(), byNode.keySet());
        List<Change> changes = layout != null ? new Editor(body, layout, true).edit(byMapping, byNode.values())
                : changes(body, byMapping, byNode, TextFormat.JSON);
        byte[][] texts = new byte[changes.size()][];
        long size = utf8.length;
        for (int i = 0; i < texts.length; i++) {
            Change change = changes.get(i);
            texts[i] = change.text().getBytes(StandardCharsets.UTF_8);
            size += texts[i].length - (change.end() - change.start());
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new TextEditUnsupported("the edited text is too large for one array");
        }
        byte[] out = new byte[(int) size];
        int from = 0;
        int at = 0;
        for (int i = 0; i < texts.length; i++) {
            Change change = changes.get(i);
            int kept = bom + change.start() - from;
            System.arraycopy(utf8, from, out, at, kept);
            at += kept;
            System.arraycopy(texts[i], 0, out, at, texts[i].length);
            at += texts[i].length;
            from = bom + change.end();
        }
        System.arraycopy(utf8, from, out, at, utf8.length - from);
        return out;
    }

    private static Edited edit(String text, List<Insertion> insertions, List<Replacement> replacements,
                               TextFormat format) {
        boolean bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        return new Edited(bom, body, changes(body, byMapping(insertions), byNode(replacements), format));
    }

    /** The changes that make the edit of {@code body}, a text without a byte order mark, in their order. */
    private static List<Change> changes(CharSequence body, Map<String, List<Insertion>> byMapping,
                                        Map<String, Replacement> byNode, TextFormat format) {
        Layout layout = null;
        boolean json = format == TextFormat.JSON;
        if (format != TextFormat.YAML && startsLikeJson(body)) {
            layout = JsonPositions.find(body, byMapping.keySet(), byNode.keySet());
            json = layout != null;
            if (layout == null && format == TextFormat.JSON) {
                throw new TextEditUnsupported("the text is not valid JSON");
            }
        } else if (format == TextFormat.JSON) {
            throw new TextEditUnsupported("the text is not a JSON object");
        }
        if (layout == null) {
            layout = YamlPositions.find(body.toString(), byMapping.keySet(), byNode.keySet());
        }
        return new Editor(body, layout, json).edit(byMapping, byNode.values());
    }

    /** The replacements by the pointer of the value they replace (the last of several for one value). */
    private static Map<String, Replacement> byNode(List<Replacement> replacements) {
        Map<String, Replacement> byNode = new LinkedHashMap<>();
        for (Replacement replacement : replacements) {
            byNode.put(replacement.pointer(), replacement);
        }
        return byNode;
    }

    /** The insertions by the pointer of their mapping, in their order. */
    private static Map<String, List<Insertion>> byMapping(List<Insertion> insertions) {
        Map<String, List<Insertion>> byMapping = new LinkedHashMap<>();
        for (Insertion insertion : insertions) {
            byMapping.computeIfAbsent(insertion.mappingPointer(), any -> new ArrayList<>()).add(insertion);
        }
        return byMapping;
    }

    private interface PieceSink {
        void accept(CharSequence source, int from, int to);
    }

    /** The edited text as pieces: the original's between the changes, and the changes' texts. */
    private record Edited(boolean bom, String body, List<Change> changes) {

        void forEachPiece(PieceSink sink) {
            if (bom) {
                sink.accept("\uFEFF", 0, 1);
            }
            int at = 0;
            for (Change change : changes) {
                sink.accept(body, at, change.start());
                sink.accept(change.text(), 0, change.text().length());
                at = change.end();
            }
            sink.accept(body, at, body.length());
        }

        int length() {
            long length = (bom ? 1 : 0) + body.length();
            for (Change change : changes) {
                length += change.text().length() - (change.end() - change.start());
            }
            if (length > Integer.MAX_VALUE - 16) {
                throw new TextEditUnsupported("the edited text is too large for one string");
            }
            return (int) length;
        }
    }

    private static boolean startsLikeJson(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    /** A replacement of the text between {@code start} and {@code end}. */
    private record Change(int start, int end, String text, int depth, int order) {
    }

    /** The edit of a text: a string, or the bytes of a UTF-8 JSON text ({@link Utf8Bytes}). */
    private static final class Editor {
        private final CharSequence text;
        private final Layout layout;
        private final boolean json;
        private final String eol;
        private final Fragments fragments;
        private final List<Change> changes = new ArrayList<>();

        Editor(CharSequence text, Layout layout, boolean json) {
            this.text = text;
            this.layout = layout;
            this.json = json;
            this.eol = Text.lineBreak(text);
            this.fragments = new Fragments(layout);
        }

        List<Change> edit(Map<String, List<Insertion>> byMapping, Iterable<Replacement> replacements) {
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

        private List<Change> sorted() {
            changes.sort(Comparator.comparingInt(Change::start)
                    .thenComparing(Comparator.comparingInt(Change::depth).reversed())
                    .thenComparingInt(Change::order));
            int at = 0;
            for (Change change : changes) {
                if (change.start() < at) {
                    throw new TextEditUnsupported("two changes overlap in the text");
                }
                at = change.end();
            }
            return changes;
        }

        private void add(int start, int end, String replacement, MappingSpan span) {
            changes.add(new Change(start, end, replacement, span.depth, changes.size()));
        }

        /**
         * A value written anew where the old one was: a mapping or list in block YAML as block
         * YAML at the old one's column, anything else on one line (flow YAML, JSON).
         */
        private void replace(NodeSpan node, com.fasterxml.jackson.databind.JsonNode value) {
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
            changes.add(new Change(node.start, node.end, replacement, node.depth, changes.size()));
        }

        /** Block YAML: new lines after the line where the mapping's last value ends. */
        private void block(MappingSpan span, List<Insertion> entries) {
            String indent = Text.spaces(column(span.firstKey));
            String lines = indented(fragments.yamlBlock(entries, span.siblingKeys), indent, true);
            int end = span.lastEnd;
            int lineStart = Text.lineStart(text, end);
            if (Text.blank(text, lineStart, end)) {
                // The value is a block scalar, which ends after the blank lines that follow it: the
                // new lines go before those, unless the scalar keeps them as part of its value.
                int at = span.lastKeeps ? lineStart : Text.afterLastNonBlankLine(text, lineStart);
                add(at, at, lines + eol, span);
            } else {
                add(Text.lineEnd(text, end), Text.lineEnd(text, end), eol + lines, span);
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
                String lineIndent = leadingWhitespace(span.open);
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
            int lineStart = Text.lineStart(text, offset);
            return lineStart > 0 && Text.blank(text, lineStart, offset);
        }

        private String leadingWhitespace(int offset) {
            int lineStart = Text.lineStart(text, offset);
            int at = lineStart;
            while (at < offset && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            return text.subSequence(lineStart, at).toString();
        }

        private int column(int offset) {
            return offset - Text.lineStart(text, offset);
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
}
