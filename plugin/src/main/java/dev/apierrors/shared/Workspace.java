package dev.apierrors.shared;

import java.nio.file.Path;

/**
 * What the environment of the build knows about files: an IDE's incremental build (Eclipse m2e)
 * can tell which files changed and needs to hear about files the goal wrote. On the command line
 * nothing is known, so everything may have changed and there is no one to tell.
 */
public interface Workspace {

    /** True in an IDE's incremental build, where {@link #mayHaveChanged} can say no. */
    boolean isIncremental();

    /**
     * False only when the environment knows that the file, or nothing under the folder, changed
     * since its last build; true when it changed or when it cannot tell.
     */
    boolean mayHaveChanged(Path path);

    /** Tells the environment that the file or folder changed on disk. */
    void refresh(Path path);

    /** A build without an IDE: nothing is known, no one is told. */
    static Workspace commandLine() {
        return new Workspace() {
            @Override
            public boolean isIncremental() {
                return false;
            }

            @Override
            public boolean mayHaveChanged(Path path) {
                return true;
            }

            @Override
            public void refresh(Path path) {
            }
        };
    }
}
