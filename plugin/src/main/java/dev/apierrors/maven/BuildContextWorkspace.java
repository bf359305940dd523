package dev.apierrors.maven;

import dev.apierrors.shared.Workspace;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.nio.file.Path;

/**
 * The Sonatype build context as the pipeline's {@link Workspace}. Eclipse m2e supplies one that
 * knows the changes of the project's own files; outside the project it cannot tell, so a file
 * there may always have changed.
 */
final class BuildContextWorkspace implements Workspace {

    private final BuildContext context;
    private final Path basedir;

    BuildContextWorkspace(BuildContext context, Path basedir) {
        this.context = context;
        this.basedir = basedir.toAbsolutePath().normalize();
    }

    @Override
    public boolean isIncremental() {
        return context.isIncremental();
    }

    @Override
    public boolean mayHaveChanged(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!context.isIncremental() || !absolute.startsWith(basedir)) {
            return true;
        }
        return context.hasDelta(absolute.toFile());
    }

    @Override
    public void refresh(Path path) {
        context.refresh(path.toAbsolutePath().toFile());
    }
}
