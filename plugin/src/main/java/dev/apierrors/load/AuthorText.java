package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The main file of a description as its author wrote it, kept so that the enriched description
 * can be that text with the additions inserted.
 *
 * @param text the file's text
 * @param json the file was read as JSON (else as YAML)
 * @param tree the file's tree as read, before anything was joined into it or added to it
 */
public record AuthorText(String text, boolean json, JsonNode tree) {
}
