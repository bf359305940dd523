package dev.apierrors.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.BackgroundTask;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads one description file into a Jackson tree, as the author wrote it: numbers keep their
 * written precision, key order is kept, YAML aliases are expanded. Every limit that protects the
 * build (size, memory, nesting, alias expansion, duplicate keys) is set per read, never JVM-wide,
 * so parallel builds do not affect each other. One reader serves one description: it adds up the
 * size of every file it reads.
 */
public final class DocumentReader {

    /** Larger files are refused before parsing: they would only exhaust the build's memory. */
    static final int MAX_FILE_BYTES = 256 * 1024 * 1024;
    static final int MAX_NESTING = 1000;
    /**
     * The least heap a description needs per byte of its files, from reading through writing: about
     * 7 for GitHub's 13 MB JSON description (bench/), more for YAML. A description surely larger
     * than the heap allows is refused at once instead of failing with OutOfMemoryError after
     * minutes of GC; one that may fit is given its chance.
     */
    static final int HEAP_BYTES_PER_FILE_BYTE = 8;
    /** Files from this size on have their digest taken beside their parse. */
    static final int DIGEST_ASIDE_BYTES = 1 << 20;

    private final ObjectMapper json;
    private final long memoryLimit;
    private long bytesRead;

    public DocumentReader() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** A reader that assumes {@code memoryLimit} bytes of heap (tests use a small one). */
    DocumentReader(long memoryLimit) {
        this.memoryLimit = memoryLimit;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_FILE_BYTES)
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
     * A file read: its tree, its bytes' digest, and the file as the author wrote it (a byte order
     * mark included), which the enriched description keeps: a JSON file as its UTF-8 bytes, which
     * were never decoded into a string ({@code text} is null), a YAML file as its text ({@code
     * utf8} is null).
     */
    public record Read(SpecResource resource, JsonNode tree, String sha256, String text, byte[] utf8) {

        /** Whether the file was read as JSON (else as YAML). */
        public boolean json() {
            return utf8 != null;
        }
    }

    public Read read(SpecResource resource) {
        return read(resource, bytes -> { });
    }

    /**
     * Reads the file, and hands its bytes to {@code jsonBytes} before they are parsed when the file
     * is read as JSON (those bytes are then {@link Read#utf8()}, if the read succeeds), so that other
     * work on them can run beside the parse.
     */
    public Read read(SpecResource resource, Consumer<byte[]> jsonBytes) {
        byte[] bytes = readBytes(resource);
        Supplier<String> sha = digest(bytes);
        String bom = otherUnicodeBom(bytes);
        if (bom != null) {
            throw new ApiErrorsException(resource.displayName() + ": the file is " + bom + " text; save it as UTF-8");
        }
        if (looksLikeJson(resource, bytes)) {
            jsonBytes.accept(bytes);
            return new Read(resource, parseJson(resource, bytes), sha.get(), null, bytes);
        }
        String text = decodeUtf8(resource, bytes);
        checkText(resource, text);
        JsonNode tree = new YamlTreeReader(resource).read(text);
        boolean mark = utf8ByteOrderMark(bytes) > 0;
        return new Read(resource, tree, sha.get(), mark ? "\uFEFF" + text : text, null);
    }

    /**
     * The digest of a file's bytes; that of a large file is taken on a thread of its own while the
     * file is parsed, which on a description of many megabytes is worth the thread.
     */
    private static Supplier<String> digest(byte[] bytes) {
        if (bytes.length < DIGEST_ASIDE_BYTES) {
            String sha = Digests.sha256(bytes);
            return () -> sha;
        }
        return BackgroundTask.start("api-errors digest", () -> Digests.sha256(bytes))::join;
    }

    /** The tree of a file read before, from its text or its bytes as kept in its {@link Read}. */
    JsonNode parse(Read read) {
        if (read.json()) {
            return parseJson(read.resource(), read.utf8());
        }
        String text = read.text();
        return new YamlTreeReader(read.resource()).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The checks of a decoded text (without its byte order mark) that come before parsing it. */
    private static void checkText(SpecResource resource, String text) {
        if (text.isBlank()) {
            throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
        }
        rejectBinary(resource, text);
    }

    /**
     * The tree of a JSON file, read by Jackson from the bytes once they are known to be UTF-8,
     * without a string of them. Only a file Jackson refuses is decoded, and read again from the
     * text to report it as a text always was: the checks of any text first (empty, NUL
     * characters), then Jackson's message with the column in characters (its byte parser counts
     * bytes). A file Jackson takes fails neither check: it is not empty, and Jackson refuses every
     * control character but tab, line feed and carriage return, in strings and between tokens.
     */
    private JsonNode parseJson(SpecResource resource, byte[] bytes) {
        requireUtf8(resource, bytes);
        int bom = utf8ByteOrderMark(bytes);
        try {
            JsonNode tree = readJson(resource, json.createParser(bytes, bom, bytes.length - bom));
            if (tree != null) {
                return tree;
            }
        } catch (ApiErrorsException | IOException e) {
            // told again below from the text, as it always was
        }
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        checkText(resource, text);
        JsonNode tree = readJson(resource, text);
        if (tree == null) {
            throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
        }
        return tree;
    }

    /**
     * Checks the size before the file is opened (and that it is a file at all), then reads no more
     * than the limits allow plus one byte, so that a file that grows while it is read, or a stream
     * without end, is cut off at the limit.
     */
    private byte[] readBytes(SpecResource resource) {
        try {
            long size = resource.size();
            if (size >= 0) {
                checkSize(resource, size);
            }
            long readable = Math.max(0, allowance()) + 1;
            try (InputStream in = resource.open()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(size > 0 ? (int) size : 1 << 16);
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, readable - out.size()))) > 0) {
                    checkSize(resource, (long) out.size() + n);
                    out.write(buffer, 0, n);
                }
                bytesRead += out.size();
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkSize(SpecResource resource, long size) {
        if (size > MAX_FILE_BYTES) {
            throw new ApiErrorsException(resource.displayName() + " is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MiB, too large for an OpenAPI description");
        }
        long needed = (bytesRead + size) * HEAP_BYTES_PER_FILE_BYTE;
        if (needed > memoryLimit) {
            throw new ApiErrorsException(resource.displayName() + ": the description is too large for the memory"
                    + " of this build: its files (" + mebibytes(bytesRead + size) + " MiB so far) need about "
                    + mebibytes(needed) + " MiB to process, and this JVM may use at most " + mebibytes(memoryLimit)
                    + " MiB; give Maven more memory (e.g. MAVEN_OPTS=-Xmx" + ((needed >> 30) + 1) + "g)");
        }
    }

    /** The most bytes the next file may have: the size limit, and the memory the files read so far left. */
    private long allowance() {
        return Math.min(MAX_FILE_BYTES, memoryLimit / HEAP_BYTES_PER_FILE_BYTE - bytesRead);
    }

    private static long mebibytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** The text of a file whose bytes were checked for other Unicode encodings' marks. */
    private static String decodeUtf8(SpecResource resource, byte[] bytes) {
        // The JVM's own decoding is several times faster than a CharsetDecoder; it replaces what is
        // not UTF-8 with U+FFFD, so only a text that holds U+FFFD is checked again, strictly, to
        // tell a malformed file (with the place of its first bad byte) from one that has the character.
        int bom = utf8ByteOrderMark(bytes);
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            requireUtf8(resource, bytes);
        }
        return text;
    }

    /**
     * Fails unless the bytes are UTF-8, strictly (no overlong forms, no surrogates), naming the
     * line and offset of the first bad byte. Decoding into one small buffer over and over checks
     * them without a string of the whole file.
     */
    private static void requireUtf8(SpecResource resource, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length + 1, 1 << 16));
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isUnderflow()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isMalformed() || result.isUnmappable()) {
            throw new ApiErrorsException(resource.displayName() + ":" + lineOf(bytes, in.position())
                    + ": the file is not UTF-8 text (invalid byte at offset " + in.position()
                    + "); save it as UTF-8");
        }
    }

    private static int utf8ByteOrderMark(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    /** UTF-32 first: its little-endian mark starts like UTF-16's. */
    private static String otherUnicodeBom(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text with NUL characters is a binary file (or UTF-16 without a mark), never YAML or JSON. */
    private static void rejectBinary(SpecResource resource, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new ApiErrorsException(resource.displayName() + ":" + line + ": the file contains NUL characters:"
                    + " it is a binary file, not a YAML or JSON text");
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

    private static boolean looksLikeJson(SpecResource resource, byte[] bytes) {
        String extension = resource.extension();
        if ("json".equals(extension)) {
            return true;
        }
        if ("yaml".equals(extension) || "yml".equals(extension)) {
            // Flow-style YAML starts with '{' too, and JSON is YAML: the YAML reader takes both.
            return false;
        }
        for (int i = utf8ByteOrderMark(bytes); i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                // Not ASCII (rare before the first character of a description): as its text tells.
                return startsLikeJson(new String(bytes, i, bytes.length - i, StandardCharsets.UTF_8));
            }
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static boolean startsLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private JsonNode readJson(SpecResource resource, String text) {
        try {
            return readJson(resource, json.createParser(text));
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The tree {@code parser} reads, or null when it holds nothing but whitespace. */
    private JsonNode readJson(SpecResource resource, JsonParser parser) {
        try {
            JsonNode tree = json.readTree(parser);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (StreamConstraintsException e) {
            JsonLocation location = parser.currentLocation();
            throw new ApiErrorsException(resource.displayName() + where(location) + ": "
                    + (e.getOriginalMessage().contains("nesting depth") ? tooDeep() : "invalid JSON: "
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

    static String tooDeep() {
        return "mappings and lists are nested more than " + MAX_NESTING + " levels deep;"
                + " an OpenAPI description never needs that";
    }
}
