package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a file's bytes are the UTF-8 text a description must be: byte order marks (UTF-8's is
 * kept, those of UTF-16 and UTF-32 are named), strict UTF-8, no NUL characters, not empty. Each
 * failure names the file and, where there is one, the line.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text of a file whose bytes were checked for other Unicode encodings' marks. */
    static String decode(SpecResource resource, byte[] bytes) {
        // The JVM's own decoding is several times faster than a CharsetDecoder; it replaces what is
        // not UTF-8 with U+FFFD, so only a text that holds U+FFFD is checked again, strictly, to
        // tell a malformed file (with the place of its first bad byte) from one that has the character.
        int bom = byteOrderMark(bytes);
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            require(resource, bytes);
        }
        return text;
    }

    /**
     * Fails unless the bytes are UTF-8, strictly (no overlong forms, no surrogates), naming the
     * line and offset of the first bad byte. Decoding into one small buffer over and over checks
     * them without a string of the whole file.
     */
    static void require(SpecResource resource, byte[] bytes) {
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

    /** The checks of a decoded text (without its byte order mark) that come before parsing it. */
    static void check(SpecResource resource, String text) {
        if (text.isBlank()) {
            throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
        }
        rejectBinary(resource, text);
    }

    /** The length of UTF-8's byte order mark at the start of the bytes: 3, or 0 without one. */
    static int byteOrderMark(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    /**
     * The encoding whose byte order mark the bytes start with, UTF-16 or UTF-32, or null. UTF-32
     * first: its little-endian mark starts like UTF-16's.
     */
    static String otherUnicodeBom(byte[] bytes) {
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
}
