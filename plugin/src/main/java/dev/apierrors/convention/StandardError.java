package dev.apierrors.convention;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The error statuses of the API errors convention, with the reason and meaning the convention
 * gives each. 4xx are caused by the client and are not retryable; 5xx are escalated.
 */
public enum StandardError {
    BAD_REQUEST(400, "Bad Request", "BadRequest", "The request was invalid.", ErrorBodyKind.VALIDATION),
    UNAUTHORIZED(401, "Unauthorized", "Unauthorized",
            "The request did not include an authentication token or the authentication token was expired.",
            ErrorBodyKind.GENERAL),
    FORBIDDEN(403, "Forbidden", "Forbidden",
            "The client did not have permission to access the requested resource.", ErrorBodyKind.GENERAL),
    NOT_FOUND(404, "Not Found", "NotFound", "The requested resource was not found.", ErrorBodyKind.GENERAL),
    BUSINESS_LOGIC_ERROR(409, "Business Logic Error", "BusinessLogicError",
            "There is a conflict in the request, or the request would create a conflict with the resource.",
            ErrorBodyKind.GENERAL),
    VALIDATION_ERROR(422, "Validation error", "ValidationError",
            "The request was understood but a validation error prevented the server to process the request."
                    + " The response body says where and why.",
            ErrorBodyKind.VALIDATION),
    INTERNAL_SERVER_ERROR(500, "Internal Server Error", "InternalServerError",
            "The request was not completed due to an internal error on the server side.", ErrorBodyKind.GENERAL);

    private final int code;
    private final String reason;
    private final String pascalName;
    private final String meaning;
    private final ErrorBodyKind body;

    StandardError(int code, String reason, String pascalName, String meaning, ErrorBodyKind body) {
        this.code = code;
        this.reason = reason;
        this.pascalName = pascalName;
        this.meaning = meaning;
        this.body = body;
    }

    public int code() {
        return code;
    }

    public String codeText() {
        return Integer.toString(code);
    }

    /** The reason phrase exactly as the convention writes it. */
    public String reason() {
        return reason;
    }

    /** The reason as one identifier, e.g. {@code BusinessLogicError}. */
    public String pascalName() {
        return pascalName;
    }

    public String meaning() {
        return meaning;
    }

    public ErrorBodyKind body() {
        return body;
    }

    /** 4xx errors are caused by the client: sending the same request again does not help. */
    public boolean retryable() {
        return code < 400 || code >= 500;
    }

    /** 5xx errors are the server's and are escalated to the API's operators. */
    public boolean escalate() {
        return code >= 500;
    }

    /** The response description written into the enriched description. */
    public String responseDescription() {
        String advice = escalate()
                ? "Server error: escalate it to the API's operators."
                : "Client error: not retryable; correct the request before sending it again.";
        return reason + ". " + meaning + " " + advice;
    }

    public static Optional<StandardError> ofCode(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst();
    }

    /** The status for a code given as text, as in a configuration value or an extension. */
    public static StandardError parse(String text) {
        String trimmed = text.trim();
        try {
            int code = Integer.parseInt(trimmed);
            return ofCode(code).orElseThrow(() -> unknown(trimmed));
        } catch (NumberFormatException e) {
            throw unknown(trimmed);
        }
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("'" + text + "' is not one of the standard error codes "
                + Arrays.toString(Arrays.stream(values()).mapToInt(StandardError::code).toArray()));
    }

    @Override
    public String toString() {
        return code + " " + reason.toLowerCase(Locale.ROOT);
    }
}
