package dev.apierrors.authored;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.SpecResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One file of the author's description as it is on disk: its text, and the tree of that text
 * alone (its {@code $ref}s to other files not followed), which the goals that write into the
 * author's files edit. A byte order mark is kept apart from the text, so that it is written back.
 *
 * @param resource the file
 * @param text     its text, without a byte order mark
 * @param tree     what the text holds
 * @param bom      the file starts with a UTF-8 byte order mark
 */
public record AuthoredFile(SpecResource resource, String text, JsonNode tree, boolean bom) {

    private static final String BOM = "\uFEFF";

    /** Reads a file: its text, and its tree as the loader reads it. */
    static AuthoredFile read(SpecResource resource) {
        return read(resource, new DocumentReader());
    }

    static AuthoredFile read(SpecResource resource, DocumentReader reader) {
        return of(resource, readText(resource), reader.read(resource).tree());
    }

    /** Reads the text of a file the loader has read before, so it is known to be UTF-8. */
    static String readText(SpecResource resource) {
        byte[] bytes;
        try (InputStream in = resource.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiErrorsException(resource.displayName() + ": the file is not UTF-8 text; save it as UTF-8", e);
        }
    }

    static AuthoredFile of(SpecResource resource, String textWithBom, JsonNode tree) {
        boolean bom = textWithBom.startsWith(BOM);
        return new AuthoredFile(resource, bom ? textWithBom.substring(1) : textWithBom, tree, bom);
    }

    /** JSON is read as JSON and YAML as YAML, as the loader tells them apart. */
    public boolean json() {
        String extension = resource.extension();
        if ("json".equals(extension)) {
            return true;
        }
        if ("yaml".equals(extension) || "yml".equals(extension)) {
            return false;
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** The bytes of a new text of this file, with its byte order mark if it had one. */
    public byte[] bytes(String newText) {
        return ((bom ? BOM : "") + newText).getBytes(StandardCharsets.UTF_8);
    }

    public String displayName() {
        return resource.displayName();
    }
}
