package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.BackgroundTask;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads one description file into a Jackson tree, as the author wrote it: numbers keep their
 * written precision, key order is kept, YAML aliases are expanded. Every limit that protects the
 * build (size, memory, nesting, alias expansion, duplicate keys) is set per read, never JVM-wide,
 * so parallel builds do not affect each other. One reader serves one description: it adds up the
 * size of every file it reads ({@link BoundedReads}). The bytes must be UTF-8 text ({@link
 * Utf8Text}); JSON is read by {@link JsonTreeReader}, YAML by {@link YamlTreeReader}.
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

    private final BoundedReads files;
    private final JsonTreeReader json = new JsonTreeReader();

    public DocumentReader() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** A reader that assumes {@code memoryLimit} bytes of heap (tests use a small one). */
    DocumentReader(long memoryLimit) {
        this.files = new BoundedReads(memoryLimit);
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
        byte[] bytes = files.read(resource);
        Supplier<String> sha = digest(bytes);
        String bom = Utf8Text.otherUnicodeBom(bytes);
        if (bom != null) {
            throw new ApiErrorsException(resource.displayName() + ": the file is " + bom + " text; save it as UTF-8");
        }
        if (looksLikeJson(resource, bytes)) {
            jsonBytes.accept(bytes);
            return new Read(resource, json.read(resource, bytes), sha.get(), null, bytes);
        }
        String text = Utf8Text.decode(resource, bytes);
        Utf8Text.check(resource, text);
        JsonNode tree = new YamlTreeReader(resource).read(text);
        boolean mark = Utf8Text.byteOrderMark(bytes) > 0;
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
            return json.read(read.resource(), read.utf8());
        }
        String text = read.text();
        return new YamlTreeReader(read.resource()).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
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
        for (int i = Utf8Text.byteOrderMark(bytes); i < bytes.length; i++) {
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

    static String tooDeep() {
        return "mappings and lists are nested more than " + MAX_NESTING + " levels deep;"
                + " an OpenAPI description never needs that";
    }
}
