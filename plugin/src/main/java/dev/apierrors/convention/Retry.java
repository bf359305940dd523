package dev.apierrors.convention;

import java.util.Locale;

/** What a client does about an error status, as the convention says. */
public enum Retry {
    /** The client's mistake: sending the same request again does not help. */
    NEVER,
    /** Sending the same request again later may succeed (e.g. 429, 503). */
    RETRYABLE,
    /** The server's fault, to be reported to the API's operators; a later retry may succeed. */
    ESCALATE;

    /** Whether the same request may succeed later. */
    public boolean retryable() {
        return this != NEVER;
    }

    /** Whether the error is escalated to the API's operators. */
    public boolean escalate() {
        return this == ESCALATE;
    }

    /** The value as a convention file writes it. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a convention file's {@code retry}, or null when it is none of them. */
    static Retry parse(String text) {
        for (Retry retry : values()) {
            if (retry.text().equals(text)) {
                return retry;
            }
        }
        return null;
    }
}
