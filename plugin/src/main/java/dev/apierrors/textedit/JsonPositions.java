package dev.apierrors.textedit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.apierrors.document.Pointers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds objects in a JSON text through Jackson's token locations. Parts of the text where
 * nothing wanted lies are skipped by the parser without building anything. The text is a string
 * (offsets in chars) or the bytes of a UTF-8 text (offsets in bytes: {@link Utf8Bytes}), which
 * Jackson reads as they are, without a string of them.
 */
final class JsonPositions {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private final CharSequence text;
    private final Set<String> wanted;
    private final Set<String> wantedNodes;
    private final Set<String> prefixes;
    private final Layout layout = new Layout();

    private static final class Frame {
        final boolean object;
        final String pointer;
        final MappingSpan span;
        NodeSpan node;
        String field;
        int index;

        Frame(boolean object, String pointer, MappingSpan span) {
            this.object = object;
            this.pointer = pointer;
            this.span = span;
        }
    }

    private JsonPositions(CharSequence text, Set<String> wanted, Set<String> wantedNodes) {
        this.text = text;
        this.wanted = wanted;
        this.wantedNodes = wantedNodes;
        Set<String> all = new HashSet<>(wanted);
        all.addAll(wantedNodes);
        this.prefixes = Prefixes.of(all);
    }

    /**
     * The layout of the objects at {@code wanted} and of the values at {@code wantedNodes} of a JSON
     * text, or null when the text is not JSON (it may still be YAML).
     */
    static Layout find(CharSequence text, Set<String> wanted, Set<String> wantedNodes) {
        try {
            return new JsonPositions(text, wanted, wantedNodes).walk();
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isJson(String text) {
        return find(text, Set.of(), Set.of()) != null;
    }

    private Layout walk() throws IOException {
        Deque<Frame> frames = new ArrayDeque<>();
        try (JsonParser parser = createParser()) {
            JsonToken token;
            boolean styleLearned = false;
            while ((token = parser.nextToken()) != null) {
                Frame parent = frames.peek();
                switch (token) {
                    case FIELD_NAME:
                        parent.field = parser.currentName();
                        int at = offset(parser);
                        if (!styleLearned) {
                            learnStyle(at, frames.size());
                            styleLearned = true;
                        }
                        if (parent.span != null) {
                            if (parent.span.firstKey < 0) {
                                parent.span.firstKey = at;
                            }
                            parent.span.lastKey = at;
                        }
                        break;
                    case START_OBJECT:
                    case START_ARRAY:
                        String pointer = childPointer(parent);
                        if (parent != null && !parent.object) {
                            parent.index++;
                        }
                        if (pointer == null) {
                            parser.skipChildren();
                            break;
                        }
                        MappingSpan span = null;
                        if (wanted.contains(pointer)) {
                            if (token == JsonToken.START_OBJECT) {
                                span = new MappingSpan(pointer, Prefixes.depth(pointer), true,
                                        offset(parser));
                                layout.spans.put(pointer, span);
                            } else {
                                layout.refused.put(pointer, "'" + Insertions.display(pointer) + "' is not an object");
                            }
                        }
                        Frame frame = new Frame(token == JsonToken.START_OBJECT, pointer, span);
                        if (wantedNodes.contains(pointer)) {
                            frame.node = new NodeSpan(pointer, offset(parser),
                                    true, true);
                            layout.nodes.put(pointer, frame.node);
                        }
                        frames.push(frame);
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        Frame done = frames.pop();
                        if (done.span != null) {
                            done.span.close = offset(parser);
                            done.span.lastEnd = backOverWhitespace(done.span.close);
                        }
                        if (done.node != null) {
                            done.node.end = offset(parser) + 1;
                        }
                        break;
                    default:
                        String scalarPointer = childPointer(parent);
                        if (scalarPointer != null && wanted.contains(scalarPointer)) {
                            layout.refused.put(scalarPointer, "'" + Insertions.display(scalarPointer)
                                    + "' is not an object");
                        }
                        if (scalarPointer != null && wantedNodes.contains(scalarPointer)) {
                            int start = offset(parser);
                            NodeSpan node = new NodeSpan(scalarPointer, start, false, true);
                            node.end = token == JsonToken.VALUE_STRING ? Text.endOfJsonString(text, start)
                                    : start + parser.getText().length();
                            layout.nodes.put(scalarPointer, node);
                        }
                        if (parent != null && !parent.object) {
                            parent.index++;
                        }
                        break;
                }
            }
        }
        if (layout.unit == null) {
            layout.unit = "  ";
            layout.colon = ": ";
        }
        return layout;
    }

    /**
     * A parser of the text: of its bytes when it is {@link Utf8Bytes}, whose token locations are
     * then byte offsets from the start of the view (not of the array).
     */
    private JsonParser createParser() throws IOException {
        if (text instanceof Utf8Bytes bytes) {
            return FACTORY.createParser(bytes.array(), bytes.start(), bytes.length());
        }
        return FACTORY.createParser(text.toString());
    }

    /** Where the current token starts in the text. */
    private int offset(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return (int) (text instanceof Utf8Bytes ? location.getByteOffset() : location.getCharOffset());
    }

    private String childPointer(Frame parent) {
        if (parent == null) {
            return prefixes.contains("") ? "" : null;
        }
        if (parent.pointer == null) {
            return null;
        }
        String pointer = parent.pointer + "/" + (parent.object ? Pointers.escape(parent.field)
                : Integer.toString(parent.index));
        return prefixes.contains(pointer) ? pointer : null;
    }

    /** The first key of the text shows its indentation and how it separates keys from values. */
    private void learnStyle(int key, int depth) {
        int lineStart = Text.lineStart(text, key);
        String indent = text.subSequence(lineStart, key).toString();
        layout.pretty = lineStart > 0 && indent.isBlank();
        if (layout.pretty && !indent.isEmpty() && depth == 1) {
            layout.unit = indent;
        } else if (layout.pretty && !indent.isEmpty()) {
            layout.unit = indent.substring(0, Math.max(1, indent.length() / depth));
        } else {
            layout.unit = "  ";
        }
        int end = Text.endOfJsonString(text, key);
        int colon = Text.indexOf(text, ':', end);
        int value = colon + 1;
        while (value < text.length() && (text.charAt(value) == ' ' || text.charAt(value) == '\t')) {
            value++;
        }
        layout.colon = colon < 0 ? ": " : text.subSequence(end, value).toString();
        if (!layout.colon.trim().equals(":") || layout.colon.indexOf('\n') >= 0) {
            layout.colon = ": ";
        }
    }

    private int backOverWhitespace(int close) {
        int at = close;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
