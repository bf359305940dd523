package dev.apierrors.convention;

/** The two JSON bodies of the convention. */
public enum ErrorBodyKind {
    /** {@code title, description, request_id, timestamp}: every status but 400 and 422. */
    GENERAL,
    /** {@code title, detail[{loc, msg, type}], status, body}: 400 and 422. */
    VALIDATION
}
