package dev.apierrors.textedit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<Splice> changes = layout != null ? new Editor(body, layout, true).edit(byMapping, byNode.values())
                : changes(body, byMapping, byNode, TextFormat.JSON);
        byte[][] texts = new byte[changes.size()][];
        long size = utf8.length;
        for (int i = 0; i < texts.length; i++) {
            Splice change = changes.get(i);
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
            Splice change = changes.get(i);
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
    private static List<Splice> changes(CharSequence body, Map<String, List<Insertion>> byMapping,
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
    private record Edited(boolean bom, String body, List<Splice> changes) {

        void forEachPiece(PieceSink sink) {
            if (bom) {
                sink.accept("\uFEFF", 0, 1);
            }
            int at = 0;
            for (Splice change : changes) {
                sink.accept(body, at, change.start());
                sink.accept(change.text(), 0, change.text().length());
                at = change.end();
            }
            sink.accept(body, at, body.length());
        }

        int length() {
            long length = (bom ? 1 : 0) + body.length();
            for (Splice change : changes) {
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
}
