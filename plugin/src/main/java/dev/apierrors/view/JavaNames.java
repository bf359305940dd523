package dev.apierrors.view;

import javax.lang.model.SourceVersion;
import java.util.Locale;
import java.util.Set;

/**
 * Java names made from names in the description, by the rules of OpenAPI Generator's Java
 * generators (their {@code sanitizeName}, {@code camelize}, {@code toOperationId},
 * {@code toModelName} and the operationId they make up for an operation without one), so that
 * what this plugin generates fits the code OpenAPI Generator generates from the same
 * description. The rules are re-implemented rather than called because the generator's jar and
 * its dependencies cost the goal's start-up about a third of a second (docs/generated-java.md, "Naming"); a test
 * compares the two on many names.
 */
public final class JavaNames {

    /** The reserved words of OpenAPI Generator's Java generators, lower case. */
    static final Set<String> RESERVED = Set.of(
            "_", "abstract", "apiclient", "apiexception", "apiresponse", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "configuration", "const", "continue", "default", "do", "double",
            "else", "enum", "extends", "file", "final", "finally", "float", "for", "goto", "if", "implements",
            "import", "instanceof", "int", "interface", "list", "localdate", "localreturntype", "localtime",
            "localvaraccept", "localvaraccepts", "localvarauthnames", "localvarcollectionqueryparams",
            "localvarcontenttype", "localvarcontenttypes", "localvarcookieparams", "localvarformparams",
            "localvarheaderparams", "localvarpath", "localvarpostbody", "localvarqueryparams", "long", "native",
            "new", "null", "object", "offsetdatetime", "package", "private", "protected", "public", "return",
            "short", "static", "strictfp", "stringutil", "super", "switch", "synchronized", "this", "throw",
            "throws", "transient", "try", "void", "volatile", "while");

    private JavaNames() {
    }

    /**
     * The method name OpenAPI Generator gives an operation: from its operationId, or when there is
     * none (or nothing of it is usable), from its path and method, e.g. {@code petsIdGet}.
     */
    public static String operationMethod(String operationId, String method, String path) {
        String name = operationId == null ? "" : toOperationId(operationId);
        return name.isEmpty() ? toOperationId(generatedOperationId(path, method)) : name;
    }

    /** OpenAPI Generator's Java method name for an operationId; empty when nothing of it is usable. */
    public static String toOperationId(String operationId) {
        String name = camelize(sanitize(operationId), true);
        if (name.isEmpty()) {
            return name;
        }
        if (isReserved(name) || Character.isDigit(name.charAt(0)) || !isIdentifier(name)) {
            return camelize("call_" + name, true);
        }
        return name;
    }

    /** OpenAPI Generator's Java class name for a schema name; empty when nothing of it is usable. */
    public static String toModelName(String schemaName) {
        String name = camelize(sanitize(schemaName), false);
        if (name.isEmpty()) {
            return name;
        }
        if (isReserved(name) || Character.isDigit(name.charAt(0)) || !isIdentifier(name)) {
            return "Model" + name;
        }
        return name;
    }

    /** The operationId OpenAPI Generator makes up for an operation without one. */
    static String generatedOperationId(String path, String method) {
        String bare = path.replace("{", "").replace("}", "");
        StringBuilder id = new StringBuilder();
        if (bare.equals("/")) {
            id.append("root");
        }
        for (String part : (bare + "/" + method).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (id.length() == 0) {
                id.append(Character.toLowerCase(part.charAt(0))).append(part, 1, part.length());
            } else {
                id.append(camelize(part, false));
            }
        }
        return sanitize(id.toString());
    }

    /**
     * OpenAPI Generator's default name sanitising: brackets, parentheses, dots, hyphens, pipes,
     * spaces and slashes become underscores (or go), then everything but ASCII letters, digits and
     * underscores goes.
     */
    static String sanitize(String name) {
        if (name.equals("$")) {
            return "value";
        }
        String s = name.replace("[]", "")
                .replace("[", "_").replace("]", "")
                .replace("(", "_").replace(")", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '-' || c == '|' || c == ' ' || c == '/' || c == '\\') {
                out.append('_');
            } else if (isAsciiWordChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * OpenAPI Generator's {@code camelize}: {@code get_risk-profile} becomes {@code GetRiskProfile},
     * or {@code getRiskProfile} with {@code lowerFirst} (which lower-cases the first letter only:
     * {@code HTTPServer} becomes {@code hTTPServer}, as in the generator's Java method names).
     */
    static String camelize(String input, boolean lowerFirst) {
        String word = input.replace('/', '.');
        word = upperFirstWordCharOfLastSegment(word);
        word = joinUnderscores(word);
        word = joinHyphens(word);
        if (lowerFirst && !word.isEmpty()) {
            word = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
        }
        return word.replace("_", "");
    }

    private static String upperFirstWordCharOfLastSegment(String word) {
        int start = word.lastIndexOf('.') + 1;
        for (int i = start; i < word.length(); i++) {
            if (isAsciiWordChar(word.charAt(i))) {
                return word.substring(0, i) + word.substring(i, i + 1).toUpperCase(Locale.ROOT) + word.substring(i + 1);
            }
        }
        return word;
    }

    /** {@code a_b} becomes {@code aB}; an underscore before a character without case just goes. */
    private static String joinUnderscores(String word) {
        String s = word;
        int at = firstFollowed(s, '_');
        while (at >= 0) {
            String next = s.substring(at + 1, at + 2);
            String upper = next.toUpperCase(Locale.ROOT);
            s = next.equals(upper) ? s.substring(0, at) + s.substring(at + 1)
                    : s.substring(0, at) + upper + s.substring(at + 2);
            at = firstFollowed(s, '_');
        }
        return s;
    }

    private static String joinHyphens(String word) {
        String s = word;
        int at = firstFollowed(s, '-');
        while (at >= 0) {
            s = s.substring(0, at) + s.substring(at + 1, at + 2).toUpperCase(Locale.ROOT) + s.substring(at + 2);
            at = firstFollowed(s, '-');
        }
        return s;
    }

    /** The first {@code c} that another character (not a line break) follows, or -1. */
    private static int firstFollowed(String s, char c) {
        for (int i = s.indexOf(c); i >= 0 && i < s.length() - 1; i = s.indexOf(c, i + 1)) {
            char next = s.charAt(i + 1);
            if (next != '\n' && next != '\r' && next != '\u0085' && next != '\u2028' && next != '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isReserved(String name) {
        return RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A name Java accepts for a class or method: not a keyword or literal such as {@code true}. */
    static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name, SourceVersion.RELEASE_17);
    }

    private static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return isAsciiUpper(c) || isAsciiLower(c);
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
