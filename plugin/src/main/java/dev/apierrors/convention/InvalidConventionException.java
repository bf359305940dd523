package dev.apierrors.convention;

import dev.apierrors.shared.ApiErrorsException;

/** A convention file that cannot be used: the message names the file, the line where known, and the problem. */
public final class InvalidConventionException extends ApiErrorsException {

    private static final long serialVersionUID = 1L;

    public InvalidConventionException(String file, int line, String problem) {
        super("invalid convention: " + file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    InvalidConventionException(ApiErrorsException unreadable) {
        super("invalid convention: " + unreadable.getMessage(), unreadable);
    }
}
