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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds objects in a JSON text through Jackson's token locations, in one walk over the text that
 * serves two selections: the objects and values at given pointers (parts of the text where nothing
 * wanted lies are then skipped by the parser without building anything), or every object and null
 * under given keys, found before the pointers an edit needs are known. The text is a string
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
    private final Selection selection;
    private final Layout layout = new Layout();

    /** An object or array being walked. */
    private static final class Frame {
        final Frame parent;
        final boolean object;
        final int depth;
        /** The key of this value in its parent object, or null in an array (then {@link #position}) or at the root. */
        final String key;
        final int position;
        /** Its JSON pointer, once known. */
        String pointer;
        MappingSpan span;
        NodeSpan node;
        /** The key of the entry being walked, in an object. */
        String field;
        /** The index of the next element, in an array. */
        int index;

        Frame(Frame parent, boolean object, String pointer) {
            this.parent = parent;
            this.object = object;
            this.depth = parent == null ? 1 : parent.depth + 1;
            this.key = parent != null && parent.object ? parent.field : null;
            this.position = parent == null ? 0 : parent.index;
            this.pointer = pointer;
        }
    }

    /** What the walk does with the value it meets at the current entry of a frame: set by the selection. */
    private static final class Choice {
        /** Walk into it (an object or array), else skip it whole. */
        boolean enter;
        /** Record it as a mapping: its span when it is an object. */
        boolean mapping;
        /** A value wanted as a mapping that is not an object is refused (else passed over). */
        boolean refuseOthers;
        /** Record it as a value to replace. */
        boolean node;
        /** Its pointer: known whenever it is entered or recorded by the pointer selection, else when recorded. */
        String pointer;
    }

    /** Which values of the text the walk records. */
    private interface Selection {
        /**
         * Decides about the value starting with {@code token} at the current entry of {@code parent}
         * (the root when null), before the parent's index moves past it.
         */
        void choose(Frame parent, JsonToken token, Choice choice);
    }

    private JsonPositions(CharSequence text, Selection selection) {
        this.text = text;
        this.selection = selection;
    }

    /**
     * The layout of the objects at {@code wanted} and of the values at {@code wantedNodes} of a JSON
     * text, or null when the text is not JSON (it may still be YAML).
     */
    static Layout find(CharSequence text, Set<String> wanted, Set<String> wantedNodes) {
        return find(text, new ByPointer(wanted, wantedNodes));
    }

    /**
     * The layout of the root object of a JSON text, of every object whose key in its parent object
     * is one of {@code keys}, and of every null under one of them; or null when the text is not
     * JSON. Every token of the text is read, but only what is recorded gets a pointer.
     */
    static Layout findUnder(CharSequence text, Set<String> keys) {
        return find(text, new ByKey(keys));
    }

    private static Layout find(CharSequence text, Selection selection) {
        try {
            return new JsonPositions(text, selection).walk();
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isJson(String text) {
        return find(text, Set.of(), Set.of()) != null;
    }

    /** The selection of given pointers: only the way to them is walked. */
    private static final class ByPointer implements Selection {
        private final Set<String> wanted;
        private final Set<String> wantedNodes;
        private final Set<String> prefixes;

        ByPointer(Set<String> wanted, Set<String> wantedNodes) {
            this.wanted = wanted;
            this.wantedNodes = wantedNodes;
            Set<String> all = new HashSet<>(wanted);
            all.addAll(wantedNodes);
            this.prefixes = Prefixes.of(all);
        }

        @Override
        public void choose(Frame parent, JsonToken token, Choice choice) {
            String pointer;
            if (parent == null) {
                pointer = prefixes.contains("") ? "" : null;
            } else if (parent.pointer == null) {
                pointer = null;
            } else {
                pointer = parent.pointer + "/" + (parent.object ? Pointers.escape(parent.field)
                        : Integer.toString(parent.index));
                pointer = prefixes.contains(pointer) ? pointer : null;
            }
            choice.pointer = pointer;
            choice.enter = pointer != null;
            choice.mapping = pointer != null && wanted.contains(pointer);
            choice.refuseOthers = true;
            choice.node = pointer != null && wantedNodes.contains(pointer);
        }
    }

    /** The selection of the root object and of the objects and nulls under given keys: the whole text is walked. */
    private static final class ByKey implements Selection {
        private final Set<String> keys;

        ByKey(Set<String> keys) {
            this.keys = keys;
        }

        @Override
        public void choose(Frame parent, JsonToken token, Choice choice) {
            boolean named = parent == null || parent.object && keys.contains(parent.field);
            choice.enter = true;
            choice.mapping = named && token == JsonToken.START_OBJECT;
            choice.refuseOthers = false;
            choice.node = parent != null && named && token == JsonToken.VALUE_NULL;
            // The root's pointer is always known: every other is built from it.
            choice.pointer = parent == null ? "" : !choice.mapping && !choice.node ? null
                    : pointer(parent) + "/" + Pointers.escape(parent.field);
        }
    }

    /** The pointer of a frame: its own once known, else built from its parents' (and then kept). */
    private static String pointer(Frame frame) {
        if (frame.pointer != null) {
            return frame.pointer;
        }
        List<Frame> unknown = new ArrayList<>();
        Frame known = frame;
        while (known.pointer == null) {
            unknown.add(known);
            known = known.parent;
        }
        String pointer = known.pointer;
        for (int i = unknown.size() - 1; i >= 0; i--) {
            Frame at = unknown.get(i);
            pointer = pointer + "/" + (at.key != null ? Pointers.escape(at.key) : Integer.toString(at.position));
            at.pointer = pointer;
        }
        return pointer;
    }

    private Layout walk() throws IOException {
        Choice choice = new Choice();
        Frame current = null;
        try (JsonParser parser = createParser()) {
            JsonToken token;
            boolean styleLearned = false;
            while ((token = parser.nextToken()) != null) {
                Frame parent = current;
                switch (token) {
                    case FIELD_NAME:
                        parent.field = parser.currentName();
                        int at = offset(parser);
                        if (!styleLearned) {
                            learnStyle(at, parent.depth);
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
                        selection.choose(parent, token, choice);
                        if (!choice.enter) {
                            if (parent != null && !parent.object) {
                                parent.index++;
                            }
                            parser.skipChildren();
                            break;
                        }
                        Frame frame = new Frame(parent, token == JsonToken.START_OBJECT, choice.pointer);
                        if (parent != null && !parent.object) {
                            parent.index++;
                        }
                        if (choice.mapping) {
                            if (token == JsonToken.START_OBJECT) {
                                frame.span = new MappingSpan(choice.pointer, Prefixes.depth(choice.pointer), true,
                                        offset(parser));
                                layout.spans.put(choice.pointer, frame.span);
                            } else if (choice.refuseOthers) {
                                refuse(choice.pointer);
                            }
                        }
                        if (choice.node) {
                            frame.node = new NodeSpan(choice.pointer, offset(parser), true, true);
                            layout.nodes.put(choice.pointer, frame.node);
                        }
                        current = frame;
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        Frame done = current;
                        current = done.parent;
                        if (done.span != null) {
                            done.span.close = offset(parser);
                            done.span.lastEnd = backOverWhitespace(done.span.close);
                        }
                        if (done.node != null) {
                            done.node.end = offset(parser) + 1;
                        }
                        break;
                    default:
                        selection.choose(parent, token, choice);
                        if (choice.mapping && choice.refuseOthers) {
                            refuse(choice.pointer);
                        }
                        if (choice.node) {
                            int start = offset(parser);
                            NodeSpan node = new NodeSpan(choice.pointer, start, false, true);
                            node.end = token == JsonToken.VALUE_STRING ? Text.endOfJsonString(text, start)
                                    : start + parser.getText().length();
                            layout.nodes.put(choice.pointer, node);
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

    private void refuse(String pointer) {
        layout.refused.put(pointer, "'" + Insertions.display(pointer) + "' is not an object");
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
