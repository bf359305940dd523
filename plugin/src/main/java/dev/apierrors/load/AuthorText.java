package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Supplier;

/**
 * The main file of a description as its author wrote it, kept so that the enriched description
 * can be that text with the additions inserted.
 *
 * @param text      the file's text
 * @param json      the file was read as JSON (else as YAML)
 * @param rewritten joining other files into it changed its tree (references, copied content), so
 *                  that the bundled tree is no longer the text's tree plus what was added at the
 *                  ends of its mappings
 * @param tree      the text's tree, read again from the text on each call
 */
public record AuthorText(String text, boolean json, boolean rewritten, Supplier<JsonNode> tree) {
}
