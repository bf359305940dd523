package dev.apierrors.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.apierrors.shared.ApiErrorsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON to a Jackson tree, as the author wrote it: numbers keep their written precision, key order
 * is kept, a repeated key is refused, and the reader's limits (nesting, string and number length)
 * are set on this reader's own parser factory, never JVM-wide.
 */
final class JsonTreeReader {

    private final ObjectMapper json;

    JsonTreeReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DocumentReader.MAX_NESTING)
                        .maxStringLength(DocumentReader.MAX_FILE_BYTES)
                        .maxNumberLength(1000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        json = new ObjectMapper(factory)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The tree of a JSON file, read by Jackson from the bytes once they are known to be UTF-8,
     * without a string of them. Only a file Jackson refuses is decoded, and read again from the
     * text to report it as a text always was: the checks of any text first (empty, NUL
     * characters), then Jackson's message with the column in characters (its byte parser counts
     * bytes). A file Jackson takes fails neither check: it is not empty, and Jackson refuses every
     * control character but tab, line feed and carriage return, in strings and between tokens.
     */
    JsonNode read(SpecResource resource, byte[] bytes) {
        Utf8Text.require(resource, bytes);
        int bom = Utf8Text.byteOrderMark(bytes);
        try {
            JsonNode tree = read(resource, json.createParser(bytes, bom, bytes.length - bom));
            if (tree != null) {
                return tree;
            }
        } catch (ApiErrorsException | IOException e) {
            // told again below from the text, as it always was
        }
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        Utf8Text.check(resource, text);
        JsonNode tree = read(resource, text);
        if (tree == null) {
            throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
        }
        return tree;
    }

    private JsonNode read(SpecResource resource, String text) {
        try {
            return read(resource, json.createParser(text));
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The tree {@code parser} reads, or null when it holds nothing but whitespace. */
    private JsonNode read(SpecResource resource, JsonParser parser) {
        try {
            JsonNode tree = json.readTree(parser);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (StreamConstraintsException e) {
            JsonLocation location = parser.currentLocation();
            throw new ApiErrorsException(resource.displayName() + where(location) + ": "
                    + (e.getOriginalMessage().contains("nesting depth") ? DocumentReader.tooDeep() : "invalid JSON: "
                    + e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new ApiErrorsException(resource.displayName() + where(e.getLocation()) + ": invalid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from memory: nothing to release
            }
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
