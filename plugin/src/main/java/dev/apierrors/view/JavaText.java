package dev.apierrors.view;

/**
 * Text from the description made safe for Java source, before it reaches a template. The output
 * is ASCII, so the generated sources compile whatever the project's source encoding, and no
 * {@code \}{@code u} escape survives: javac translates those before it reads comments and strings.
 */
public final class JavaText {

    private JavaText() {
    }

    /** A Java string literal, quotes included; {@code null} for null. */
    public static String literal(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        // octal, not a unicode escape: javac would translate that into the raw character first
                        out.append('\\').append(String.format("%03o", (int) c));
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text for a Javadoc or other comment, on one line: HTML-escaped, with {@code @}, a {@code /} after
     * {@code *} or at the start and a {@code *} at the end as entities, so that it can start no tag
     * and end no comment; backslashes and non-ASCII characters as entities; control characters
     * and line breaks as spaces.
     */
    public static String javadoc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '@': out.append("&#64;"); break;
                case '\\': out.append("&#92;"); break;
                case '/':
                    out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append("&#").append(Character.toCodePoint(c, text.charAt(i + 1))).append(';');
                        i++;
                    } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)
                            || (c >= 0x80 && Character.isISOControl(c))) {
                        out.append(' ');
                    } else if (c > 0x7e) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
            }
        }
        String result = out.toString().trim();
        // a template may put '*' right before the text or '/' right after it
        if (result.startsWith("/")) {
            result = "&#47;" + result.substring(1);
        }
        return result.endsWith("*") ? result.substring(0, result.length() - 1) + "&#42;" : result;
    }
}
