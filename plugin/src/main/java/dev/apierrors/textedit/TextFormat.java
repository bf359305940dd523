package dev.apierrors.textedit;

/** The syntax a description's text is written in. */
public enum TextFormat {
    YAML, JSON;

    /**
     * JSON when the text is a JSON object (first character {@code {} and readable as JSON), else
     * YAML: flow-style YAML starts with {@code {} too, and is edited as YAML.
     */
    public static TextFormat detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' && JsonPositions.isJson(text) ? JSON : YAML;
        }
        return YAML;
    }
}
