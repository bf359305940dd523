package dev.apierrors.textedit;

/** Lines and line breaks of a text (a string, or the bytes of a UTF-8 text: {@link Utf8Bytes}). */
final class Text {

    private Text() {
    }

    static int lineStart(CharSequence text, int offset) {
        int at = offset;
        while (at > 0 && text.charAt(at - 1) != '\n' && text.charAt(at - 1) != '\r') {
            at--;
        }
        return at;
    }

    /** Where the line holding {@code offset} ends: at its line break, or at the end of the text. */
    static int lineEnd(CharSequence text, int offset) {
        int at = offset;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    /** Where the blank lines (if any) just before the line starting at {@code lineStart} begin. */
    static int afterLastNonBlankLine(CharSequence text, int lineStart) {
        int at = lineStart;
        while (at > 0) {
            int end = at - 1;
            if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
            int start = lineStart(text, end);
            if (start == 0 || !blank(text, start, end)) {
                break;
            }
            at = start;
        }
        return at;
    }

    static boolean blank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The text's own line break: that of its first line, {@code \n} when it has none. */
    static String lineBreak(CharSequence text) {
        int newline = indexOf(text, '\n', 0);
        if (newline > 0 && text.charAt(newline - 1) == '\r') {
            return "\r\n";
        }
        if (newline < 0 && indexOf(text, '\r', 0) >= 0) {
            return "\r";
        }
        return "\n";
    }

    /** Where {@code c} first is in the text from {@code from} on, or -1. */
    static int indexOf(CharSequence text, char c, int from) {
        if (text instanceof String string) {
            return string.indexOf(c, from);
        }
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the JSON string that starts with the quote at {@code quote}. */
    static int endOfJsonString(CharSequence text, int quote) {
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        return text.length();
    }

    static String spaces(int count) {
        return " ".repeat(Math.max(0, count));
    }
}
