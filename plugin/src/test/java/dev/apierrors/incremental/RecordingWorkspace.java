package dev.apierrors.incremental;

import dev.apierrors.shared.Workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An IDE's incremental build in a test: the changed files are what the test says. */
public final class RecordingWorkspace implements Workspace {

    private final boolean incremental;
    private final Set<Path> changed = new HashSet<>();
    public final List<Path> refreshed = new ArrayList<>();

    public RecordingWorkspace(boolean incremental) {
        this.incremental = incremental;
    }

    public RecordingWorkspace changed(Path path) {
        changed.add(path.toAbsolutePath().normalize());
        return this;
    }

    @Override
    public boolean isIncremental() {
        return incremental;
    }

    @Override
    public boolean mayHaveChanged(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return !incremental || changed.stream().anyMatch(c -> c.startsWith(absolute) || absolute.startsWith(c));
    }

    @Override
    public void refresh(Path path) {
        refreshed.add(path);
    }
}
