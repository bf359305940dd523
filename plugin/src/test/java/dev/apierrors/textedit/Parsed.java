package dev.apierrors.textedit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.FileResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts read the way the plugin reads descriptions, and the checks every edit must pass. */
final class Parsed {

    private Parsed() {
    }

    static JsonNode read(String text, String extension) {
        try {
            Path file = Files.createTempFile("textedit", "." + extension);
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return new DocumentReader().read(new FileResource(file)).tree();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree the insertions give when made to the original's tree, entries appended. */
    static JsonNode inserted(JsonNode original, List<Insertion> insertions) {
        JsonNode copy = original.deepCopy();
        for (Insertion insertion : insertions) {
            JsonNode mapping = insertion.mappingPointer().isEmpty() ? copy
                    : copy.at(JsonPointer.compile(insertion.mappingPointer()));
            ((ObjectNode) mapping).set(insertion.key(), insertion.value().deepCopy());
        }
        return copy;
    }

    /**
     * Edits the text, and checks that the result reads as the original's tree with the entries
     * added (same keys, values and order: compared as written out, which keeps the order).
     */
    static String edit(String text, String extension, List<Insertion> insertions) {
        String edited = TextEdit.apply(text, insertions);
        JsonNode expected = inserted(read(text, extension), insertions);
        assertThat(read(edited, extension).toString()).as("the edited text reads as the tree with the entries added:\n%s",
                edited).isEqualTo(expected.toString());
        return edited;
    }

    /** Every line of the original is in the edited text, in the same order. */
    static void keepsEveryLine(String original, String edited) {
        List<String> lines = lines(original);
        List<String> editedLines = lines(edited);
        int at = 0;
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            int found = editedLines.subList(at, editedLines.size()).indexOf(line);
            if (found < 0) {
                missing.add(line);
            } else {
                at += found + 1;
            }
        }
        assertThat(missing).as("lines of the original missing from, or out of order in:\n%s", edited).isEmpty();
    }

    /**
     * The lines, without their line breaks (a {@code \r} before the {@code \n} stays: a changed
     * line break still counts as a changed line).
     */
    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }
}
