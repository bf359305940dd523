package dev.apierrors.maven;

import dev.apierrors.shared.ApiErrorsException;

/**
 * The cause a build failure carries. Maven's log line of a failed goal is its message followed by
 * the message of every cause in the chain that the line does not contain yet, so a parser's
 * exception beneath the plugin's error would append its own text (often several lines of it) to
 * the one clear message. The cause handed to Maven is therefore the plugin's error with the same
 * message and stack, whose own causes are kept as suppressed exceptions: {@code -e} prints them
 * all, the default log level shows the message alone.
 */
final class FailureCause {

    private FailureCause() {
    }

    static ApiErrorsException of(ApiErrorsException error) {
        if (error.getCause() == null) {
            return error;
        }
        ApiErrorsException cause = new ApiErrorsException(error.getMessage());
        cause.setStackTrace(error.getStackTrace());
        cause.addSuppressed(error.getCause());
        for (Throwable suppressed : error.getSuppressed()) {
            cause.addSuppressed(suppressed);
        }
        return cause;
    }
}
