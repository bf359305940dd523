package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule every generated file's path obeys before it may be written: relative, inside the output
 * directory, and portable. Names reach these paths from the configuration (basePackage, schema
 * names) and they are checked there too; this is the last check before the disk, so that no name
 * can make the plugin write anywhere else, whatever path it took.
 */
final class OutputPath {

    /** Names Windows reserves for devices, with or without an extension. */
    private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Set<Character> NOT_PORTABLE = Set.of('<', '>', ':', '"', '|', '?', '*', '\\');

    private OutputPath() {
    }

    /** Returns {@code path} when it may be written, else fails saying why. */
    static String check(String path) {
        String problem = problem(path);
        if (problem != null) {
            throw new ApiErrorsException("refusing to write '" + printable(path) + "' in the output directory: "
                    + problem);
        }
        return path;
    }

    private static String problem(String path) {
        if (path.isEmpty()) {
            return "the path is empty";
        }
        if (path.startsWith("/")) {
            return "it is an absolute path";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "it contains a control character (" + (c == 0 ? "NUL" : String.format("U+%04X", (int) c)) + ")";
            }
            if (NOT_PORTABLE.contains(c)) {
                return "it contains '" + c + "', which is not allowed in file names on every system"
                        + (c == ':' ? " (a drive letter or a stream name on Windows)" : "");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "it has an empty folder name";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "it names '" + segment + "', which could lead out of the output directory";
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                return "'" + segment + "' ends with a dot or a space, which Windows drops";
            }
            if (DEVICE.matcher(segment.toLowerCase(Locale.ROOT)).matches()) {
                return "'" + segment + "' is a device name on Windows";
            }
        }
        return null;
    }

    private static String printable(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
