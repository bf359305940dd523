package dev.apierrors.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.apierrors.core.ApiErrorsException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one description file into a Jackson tree, as the author wrote it: numbers keep their
 * written precision, key order is kept, YAML aliases are expanded. Every limit that protects the
 * build (size, nesting, alias expansion, duplicate keys) is set per read, never JVM-wide, so
 * parallel builds do not affect each other.
 */
public final class DocumentReader {

    /** Larger files are refused before parsing: they would only exhaust the build's memory. */
    static final int MAX_FILE_BYTES = 256 * 1024 * 1024;
    static final int MAX_NESTING = 1000;

    private final ObjectMapper json;

    public DocumentReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_FILE_BYTES)
                        .maxNumberLength(1000)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        json = new ObjectMapper(factory)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A file read: its tree and its bytes' digest. */
    public record Read(SpecResource resource, JsonNode tree, String sha256) {
    }

    public Read read(SpecResource resource) {
        byte[] bytes = readBytes(resource);
        String sha = Digests.sha256(bytes);
        String text = decodeUtf8(resource, bytes);
        if (text.isBlank()) {
            throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
        }
        JsonNode tree = looksLikeJson(resource, text) ? readJson(resource, text) : new YamlTreeReader(resource).read(text);
        return new Read(resource, tree, sha);
    }

    private static byte[] readBytes(SpecResource resource) {
        try (InputStream in = resource.open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_FILE_BYTES) {
                    throw new ApiErrorsException(resource.displayName() + " is larger than "
                            + (MAX_FILE_BYTES >> 20) + " MiB, too large for an OpenAPI description");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String decodeUtf8(SpecResource resource, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new ApiErrorsException(resource.displayName() + ":" + lineOf(bytes, in.position())
                    + ": the file is not UTF-8 text (invalid byte at offset " + in.position()
                    + "); save it as UTF-8", e);
        } catch (CharacterCodingException e) {
            throw new ApiErrorsException(resource.displayName() + ": the file is not UTF-8 text; save it as UTF-8", e);
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean looksLikeJson(SpecResource resource, String text) {
        if ("json".equals(resource.extension())) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private JsonNode readJson(SpecResource resource, String text) {
        try (JsonParser parser = json.createParser(text)) {
            JsonNode tree = json.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ApiErrorsException(resource.displayName() + where + ": invalid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
