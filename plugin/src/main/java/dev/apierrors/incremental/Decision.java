package dev.apierrors.incremental;

/**
 * Whether a build must generate, and why.
 *
 * @param upToDate the outputs are those the inputs would give: nothing to do
 * @param reason   what changed, or why nothing did
 */
public record Decision(boolean upToDate, String reason) {

    static Decision upToDate(String why) {
        return new Decision(true, why);
    }

    static Decision regenerate(String why) {
        return new Decision(false, why);
    }

    /** The one line the build log shows. */
    public String message() {
        return upToDate ? "api-errors: skipped generation, outputs up to date: " + reason
                : "api-errors: generating: " + reason;
    }
}
