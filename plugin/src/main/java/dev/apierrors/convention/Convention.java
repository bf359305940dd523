package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An error convention: the error statuses an API answers with, the JSON body of each and its
 * media type. A value that flows through enrichment, generation and fingerprinting; the built-in
 * conventions are files of the plugin read like a team's own (see {@link ConventionReader}).
 *
 * @param name      {@code standard}, {@code problem}, or the file a team's convention comes from
 * @param mediaType the media type of every error body, e.g. {@code application/problem+json}
 * @param bodies    the body schemas by name, as they are added to {@code components/schemas}; never
 *                  modified (callers copy them)
 * @param statuses  the error statuses, in the convention's order
 * @param fills     how the handlers fill each body, by body name (every body has one)
 * @param bodyLines the line of the convention file that defines each body, for messages
 * @param file      the file a team's convention was read from, which the goal reads and so never
 *                  writes; null for the plugin's own conventions
 * @param examples  the example body of each status by its code, valid against its body: the
 *                  convention's own or one written from the body's schema; never modified
 */
public record Convention(String name, String mediaType, Map<String, ObjectNode> bodies, List<Status> statuses,
                         Map<String, BodyFill> fills, Map<String, Integer> bodyLines, Path file,
                         Map<Integer, JsonNode> examples) {

    public static final String STANDARD = "standard";
    public static final String PROBLEM = "problem";

    public Convention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
        statuses = List.copyOf(statuses);
        fills = Collections.unmodifiableMap(new LinkedHashMap<>(fills));
        bodyLines = Collections.unmodifiableMap(new LinkedHashMap<>(bodyLines));
        examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
    }

    /** Whether the convention is one of the plugin's own. */
    public boolean preset() {
        return file == null;
    }

    /**
     * One error status.
     *
     * @param code        the HTTP status code, 400 to 599
     * @param reason      the reason phrase as the convention writes it
     * @param description what the status means
     * @param body        the name of its body in {@link #bodies()}
     * @param retry       what the client does about it
     * @param exception   the Java exception's class name the convention asks for, or null for the
     *                    name made from the reason
     */
    public record Status(int code, String reason, String description, String body, Retry retry, String exception) {

        public Status {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(retry, "retry");
        }

        public String codeText() {
            return Integer.toString(code);
        }

        /** The reason as one identifier, e.g. {@code TooManyRequests} for "Too Many Requests". */
        public String pascalName() {
            StringBuilder name = new StringBuilder();
            for (String word : reason.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                }
            }
            return name.length() == 0 ? "Status" + code : name.toString();
        }

        /** The reason as an enum constant, e.g. {@code TOO_MANY_REQUESTS}. */
        public String constantName() {
            String words = reason.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
            String constant = String.join("_", words.split("[^A-Z0-9]+")).replaceAll("^_+|_+$", "");
            return constant.isEmpty() || Character.isDigit(constant.charAt(0)) ? "STATUS_" + code + (constant.isEmpty()
                    ? "" : "_" + constant) : constant;
        }

        /** The response description written into the enriched description: reason, meaning and advice. */
        public String responseDescription() {
            return reason + ". " + description + " " + advice();
        }

        private String advice() {
            switch (retry) {
                case ESCALATE:
                    return "Server error: escalate it to the API's operators.";
                case RETRYABLE:
                    return "Retryable: the same request may succeed later.";
                default:
                    return code < 500 ? "Client error: not retryable; correct the request before sending it again."
                            : "Server error: not retryable.";
            }
        }
    }

    /** How the handlers fill the named body. */
    public BodyFill fill(String body) {
        return fills.get(body);
    }

    /** The status of a code, or null. */
    public Status status(int code) {
        for (Status status : statuses) {
            if (status.code() == code) {
                return status;
            }
        }
        return null;
    }

    /** Parses one code of a configuration value such as {@code errorCodes}. */
    public int parseCode(String text) {
        String trimmed = text.trim();
        try {
            return Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not one of the " + codesOf(), e);
        }
    }

    /** The convention's codes for messages, e.g. {@code standard error codes [400, 401]}. */
    public String codesOf() {
        String codes = statuses.stream().map(Status::codeText).collect(Collectors.joining(", ", "[", "]"));
        return (preset() ? name + " error codes " : "error codes of the convention " + name + " ") + codes;
    }
}
