package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts Swagger Parser's remarks on a description into errors, which stop the build, and
 * warnings, which are logged. The one rule: a part of the description that must be a mapping or a
 * list (paths, a path item, an operation, responses, components, a schema...) but is something
 * else, or a {@code $ref} that is not text, makes the description unusable: Swagger Parser drops
 * that part, and so would every tool the enriched description feeds. Everything else (a missing
 * or unexpected field, a single value of the wrong type, a repeated operationId) is a warning.
 * When Swagger Parser cannot read the description at all, that is an error too.
 */
final class ParserMessages {

    static final int ERRORS_SHOWN = 10;

    private static final Pattern WRONG_CONTAINER =
            Pattern.compile("attribute (.*?)\\.? is not of type `(object|array)`");
    private static final Pattern REF_NOT_TEXT = Pattern.compile("attribute (.*\\$ref) is not of type `string`");

    private ParserMessages() {
    }

    /**
     * Returns the warnings among {@code messages}, or fails with one message naming the file and
     * every error among them.
     *
     * @param file      the description the messages are about
     * @param modelRead whether Swagger Parser produced a model at all
     * @param messages  Swagger Parser's messages (may be null)
     */
    static List<String> warningsOrFail(SpecResource file, boolean modelRead, List<String> messages) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (messages != null) {
            for (String message : messages) {
                if (message == null || message.isBlank()) {
                    continue;
                }
                String error = error(message.trim());
                if (error != null) {
                    errors.add(error);
                } else {
                    warnings.add(message.trim());
                }
            }
        }
        if (!modelRead) {
            throw new ApiErrorsException(file.displayName() + ": Swagger Parser cannot read the description"
                    + (warnings.isEmpty() && errors.isEmpty() ? "" : ": " + String.join("; ", concat(errors, warnings))));
        }
        if (!errors.isEmpty()) {
            throw new ApiErrorsException(unusable(file, errors));
        }
        return warnings;
    }

    /** The error a message reports, in the user's words, or null when it is only a warning. */
    static String error(String message) {
        Matcher container = WRONG_CONTAINER.matcher(message);
        if (container.matches()) {
            String what = container.group(1).isEmpty() ? "the document" : "'" + container.group(1) + "'";
            if (container.group(1).endsWith(".properties")) {
                // Swagger Parser names the properties for a property whose schema is not a mapping
                return what + " must map each property name to a schema (a mapping), but it or one of its"
                        + " entries is another kind of value";
            }
            return "object".equals(container.group(2))
                    ? what + " must be a mapping (key: value pairs) but is another kind of value"
                    : what + " must be a list but is another kind of value";
        }
        Matcher ref = REF_NOT_TEXT.matcher(message);
        if (ref.matches()) {
            return "'" + ref.group(1) + "' must be text: the location of the referenced object";
        }
        return null;
    }

    private static String unusable(SpecResource file, List<String> errors) {
        if (errors.size() == 1) {
            return file.displayName() + ": the description cannot be used: " + errors.get(0);
        }
        StringBuilder text = new StringBuilder(file.displayName())
                .append(": the description cannot be used (").append(errors.size()).append(" problems):");
        for (int i = 0; i < errors.size() && i < ERRORS_SHOWN; i++) {
            text.append("\n  - ").append(errors.get(i));
        }
        if (errors.size() > ERRORS_SHOWN) {
            text.append("\n  - ... and ").append(errors.size() - ERRORS_SHOWN).append(" more");
        }
        return text.toString();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
