package dev.apierrors.textedit;

/**
 * An edit that cannot be made to the text safely: the caller writes the whole tree instead. The
 * message says why in words a user understands, for the one line of the log that reports it.
 */
public final class TextEditUnsupported extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TextEditUnsupported(String reason) {
        super(reason);
    }
}
