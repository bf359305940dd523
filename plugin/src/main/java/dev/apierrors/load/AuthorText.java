package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Supplier;

/**
 * The main file of a description as its author wrote it, kept so that the enriched description
 * can be that text with the additions inserted.
 *
 * @param text      a YAML file's text (a byte order mark included); null for a JSON file
 * @param utf8      a JSON file's bytes as read (a byte order mark included), never decoded into a
 *                  string: the edit inserts into them; null for a YAML file
 * @param rewritten joining other files into it changed its tree (references, copied content), so
 *                  that the bundled tree is no longer the text's tree plus what was added at the
 *                  ends of its mappings
 * @param tree      the file's tree, read again from its text or bytes on each call
 */
public record AuthorText(String text, byte[] utf8, boolean rewritten, Supplier<JsonNode> tree) {

    /** Whether the file was read as JSON (then {@link #utf8()} holds it), else as YAML ({@link #text()}). */
    public boolean json() {
        return utf8 != null;
    }
}
