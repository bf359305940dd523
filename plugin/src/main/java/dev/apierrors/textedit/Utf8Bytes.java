package dev.apierrors.textedit;

import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 text seen as one char per byte, so that offsets into it are byte offsets. Everything the
 * JSON text edit looks at (whitespace, line breaks, quotes, backslashes, braces, commas, colons) is
 * ASCII, and no byte of a multi-byte UTF-8 sequence is: those read as chars from U+0080 to U+00FF,
 * never as one of them, so the edit finds the same places as in the decoded text without decoding it.
 */
final class Utf8Bytes implements CharSequence {

    private final byte[] bytes;
    private final int from;
    private final int to;

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive). */
    Utf8Bytes(byte[] bytes, int from, int to) {
        if (from < 0 || to > bytes.length || from > to) {
            throw new IndexOutOfBoundsException("bytes " + from + " to " + to + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    /** The length of the UTF-8 byte order mark at the start of {@code bytes}: 3, or 0 without one. */
    static int byteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    byte[] array() {
        return bytes;
    }

    /** Where this text starts in {@link #array()}. */
    int start() {
        return from;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= to - from) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[from + index] & 0xFF);
    }

    @Override
    public Utf8Bytes subSequence(int start, int end) {
        if (start < 0 || end > to - from || start > end) {
            throw new IndexOutOfBoundsException("chars " + start + " to " + end + " of " + (to - from));
        }
        return new Utf8Bytes(bytes, from + start, from + end);
    }

    /** The chars as this view sees them (one per byte): the text itself only where it is ASCII. */
    @Override
    public String toString() {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
