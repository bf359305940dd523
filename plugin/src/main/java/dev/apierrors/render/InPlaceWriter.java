package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.FileProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes new contents over existing files, all of them or none: every new content is first written
 * beside its file, and only when all are written are they moved over the files. Should a move fail,
 * the files already moved get their old content back. A file whose content is no longer what it was
 * when it was read (an editor saved it meanwhile) is not overwritten: nothing is written then.
 */
public final class InPlaceWriter {

    /** A file, its content as it was read (null: a new file, which must not exist), and its new content. */
    public record Change(Path file, byte[] before, byte[] after) {
    }

    /** Moves staged content over its file; tests put a failing one in its place. */
    interface Commit {
        void commit(AtomicFiles.Staged staged) throws IOException;
    }

    private final Commit commit;

    public InPlaceWriter() {
        this(AtomicFiles::commit);
    }

    InPlaceWriter(Commit commit) {
        this.commit = commit;
    }

    public void write(List<Change> changes) {
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        List<Change> committed = new ArrayList<>();
        try {
            try {
                for (Change change : changes) {
                    unchangedSinceRead(change);
                }
                for (Change change : changes) {
                    AtomicFiles.Staged file = AtomicFiles.stage(change.file(), change.after());
                    if (file != null) {
                        staged.add(file);
                    }
                }
                for (AtomicFiles.Staged file : staged) {
                    commit.commit(file);
                    committed.add(changeOf(changes, file));
                }
            } finally {
                for (AtomicFiles.Staged file : staged) {
                    AtomicFiles.discard(file);
                }
            }
        } catch (IOException e) {
            List<String> notRestored = new ArrayList<>();
            List<IOException> problems = new ArrayList<>();
            restore(committed, notRestored, problems);
            ApiErrorsException failure = new ApiErrorsException("cannot write the description's files: "
                    + FileProblem.describe(e) + (notRestored.isEmpty() ? "; no file was changed"
                    : "; these files have their new content and could not be restored: " + notRestored), e);
            problems.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private static void unchangedSinceRead(Change change) throws IOException {
        boolean unchanged = change.before() == null ? !Files.exists(change.file())
                : Files.isRegularFile(change.file()) && Arrays.equals(Files.readAllBytes(change.file()), change.before());
        if (!unchanged) {
            throw new ApiErrorsException(change.file() + " changed while the goal ran: nothing was written; run the"
                    + " goal again");
        }
    }

    private static Change changeOf(List<Change> changes, AtomicFiles.Staged staged) {
        return changes.stream().filter(change -> change.file().equals(staged.target())).findFirst()
                .orElseThrow(IllegalStateException::new);
    }

    private static void restore(List<Change> committed, List<String> notRestored, List<IOException> problems) {
        for (Change change : committed) {
            try {
                if (change.before() == null) {
                    Files.deleteIfExists(change.file());
                } else {
                    AtomicFiles.write(change.file(), change.before());
                }
            } catch (IOException e) {
                notRestored.add(change.file().toString());
                problems.add(e);
            }
        }
    }
}
