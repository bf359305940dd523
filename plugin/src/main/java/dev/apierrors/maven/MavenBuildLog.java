package dev.apierrors.maven;

import dev.apierrors.shared.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** Maven's log as the pipeline's logger. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
