package dev.apierrors.shared;

/**
 * The pipeline's own logger, so that nothing below the Mojo depends on Maven.
 */
public interface BuildLog {

    void debug(String message);

    void info(String message);

    void warn(String message);

    /** A logger that drops everything, for tests and tools that do not care. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }
        };
    }
}
