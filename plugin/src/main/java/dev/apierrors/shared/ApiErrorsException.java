package dev.apierrors.shared;

/**
 * A problem the user can fix: bad input, a clash, a bad configuration value. Its message is
 * complete on its own (it names the file, and the line where known), so the Mojo shows it as the
 * build failure without a stack trace.
 */
public class ApiErrorsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiErrorsException(String message) {
        super(message);
    }

    public ApiErrorsException(String message, Throwable cause) {
        super(message, cause);
    }
}
