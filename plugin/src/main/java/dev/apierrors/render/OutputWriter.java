package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.FileProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Puts one run's outputs in place, all of them or none: the enriched description and the Java
 * sources are written, and the files earlier runs generated and this one no longer does are
 * removed. Every new content is first written beside its target; only when all are written does
 * anything move into place. Before a file is replaced or removed, a second name (a hard link, a
 * copy where links are not supported) keeps its old content; should a move fail, every file
 * already moved gets its old content back under its own name, and a new file goes again. The
 * second names and the new contents are temporary files ({@code .<name>.<uuid>.tmp}), removed at
 * the end, or by the next build when this one is killed.
 */
public final class OutputWriter {

    /** One move into place (or out of the way); tests put a failing one in its place. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Mover mover;

    public OutputWriter() {
        this(AtomicFiles::move);
    }

    OutputWriter(Mover mover) {
        this.mover = mover;
    }

    /** Writes the outputs, without removing anything. */
    public void write(Path enrichedSpec, byte[] enriched, Path outputDirectory, GeneratedFiles sources) {
        write(enrichedSpec, enriched, outputDirectory, sources, List.of());
    }

    /**
     * Writes the outputs and removes {@code stale}, files that earlier runs generated and this one
     * does not; fails with every output as it was before, or, when even putting that back failed,
     * naming the files that are not.
     */
    public void write(Path enrichedSpec, byte[] enriched, Path outputDirectory, GeneratedFiles sources,
                      Collection<Path> stale) {
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        List<Step> done = new ArrayList<>();
        List<Path> temporaries = new ArrayList<>();
        try {
            try {
                for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
                    stage(staged, outputDirectory.resolve(file.getKey()), file.getValue());
                }
                stage(staged, enrichedSpec, enriched);
            } catch (IOException e) {
                throw new ApiErrorsException("cannot write the outputs: " + FileProblem.describe(e)
                        + "; no output was changed", e);
            }
            try {
                for (AtomicFiles.Staged file : staged) {
                    Path old = Files.exists(file.target()) ? AtomicFiles.keep(file.target()) : null;
                    if (old != null) {
                        temporaries.add(old);
                    }
                    mover.move(file.temporary(), file.target());
                    done.add(new Step(file.target(), old));
                }
                for (Path file : stale) {
                    if (Files.isRegularFile(file)) {
                        Path old = AtomicFiles.temporaryBeside(file);
                        temporaries.add(old);
                        mover.move(file, old);
                        done.add(new Step(file, old));
                    }
                }
            } catch (IOException e) {
                throw rolledBack(e, done, mover);
            }
        } finally {
            staged.forEach(file -> temporaries.add(file.temporary()));
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left for the next build, which removes the temporary files of its outputs
                }
            }
        }
    }

    private static void stage(List<AtomicFiles.Staged> staged, Path target, byte[] content) throws IOException {
        AtomicFiles.Staged file = AtomicFiles.stage(target, content);
        if (file != null) {
            staged.add(file);
        }
    }

    /** The steps done undone, last first; the failure says whether that gave every output back. */
    private static ApiErrorsException rolledBack(IOException cause, List<Step> done, Mover mover) {
        List<String> notRestored = new ArrayList<>();
        List<IOException> problems = new ArrayList<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            Step step = done.get(i);
            try {
                if (step.old() == null) {
                    Files.deleteIfExists(step.file());
                } else {
                    mover.move(step.old(), step.file());
                }
            } catch (IOException e) {
                notRestored.add(step.file().toString());
                problems.add(e);
            }
        }
        ApiErrorsException failure = new ApiErrorsException("cannot write the outputs: " + FileProblem.describe(cause)
                + (notRestored.isEmpty() ? "; every output is as it was before the build"
                : "; these outputs could not be given their old content back, and the next build writes them"
                + " again: " + String.join(", ", notRestored)), cause);
        problems.forEach(failure::addSuppressed);
        return failure;
    }

    /** A file moved into place or out of the way, and the temporary name of its old content (null: it is new). */
    private record Step(Path file, Path old) {
    }
}
