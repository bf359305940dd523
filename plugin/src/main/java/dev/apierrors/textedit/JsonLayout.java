package dev.apierrors.textedit;

import java.util.Collection;
import java.util.Set;

/**
 * Where the objects of a JSON text's UTF-8 bytes are that an edit may add to, found before the
 * edit is known: the root object, every object under one of a few keys, and every null under one
 * of them. Found in one read of the bytes, it lets a later edit ({@link TextEdit#applyUtf8(byte[],
 * java.util.List, java.util.List, JsonLayout)}) go without reading them again, so that the read can
 * run beside other work.
 */
public final class JsonLayout {

    private final byte[] utf8;
    /** Null when the bytes are not JSON, or not a JSON object. */
    private final Layout layout;

    private JsonLayout(byte[] utf8, Layout layout) {
        this.utf8 = utf8;
        this.layout = layout;
    }

    /**
     * The layout of the JSON text {@code utf8} (a byte order mark allowed): of its root object, of
     * every object whose key in its parent object is one of {@code keys}, and of every null whose
     * key is one of them. Bytes that are not a JSON object give a layout no edit uses.
     */
    public static JsonLayout scan(byte[] utf8, Set<String> keys) {
        int bom = Utf8Bytes.byteOrderMark(utf8);
        Layout layout = JsonPositions.findUnder(new Utf8Bytes(utf8, bom, utf8.length), keys);
        return new JsonLayout(utf8, layout == null || !layout.spans.containsKey("") ? null : layout);
    }

    /**
     * This layout, when it is that of {@code bytes} (the very array it was scanned from) and holds
     * every mapping and value the edit needs as one; else null, and the edit finds them itself.
     */
    Layout covering(byte[] bytes, Collection<String> mappings, Collection<String> nodes) {
        if (layout == null || bytes != utf8) {
            return null;
        }
        for (String pointer : mappings) {
            if (!layout.spans.containsKey(pointer)) {
                return null;
            }
        }
        for (String pointer : nodes) {
            if (!layout.nodes.containsKey(pointer)) {
                return null;
            }
        }
        return layout;
    }
}
