package dev.apierrors.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go
 * to a temporary file in the same folder, which is then moved over the target. A file whose
 * content is already right is not touched, so its modification time stays.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** New content written beside its target, to be moved over it or discarded. */
    public record Staged(Path temporary, Path target) {
    }

    /** Returns true when the file was written, false when it already had this content. */
    public static boolean write(Path target, byte[] content) throws IOException {
        Staged staged = stage(target, content);
        if (staged == null) {
            return false;
        }
        try {
            commit(staged);
        } finally {
            discard(staged);
        }
        return true;
    }

    /**
     * Writes the content to a temporary file in the target's folder (creating the folder), or
     * returns null when the target already has this content.
     */
    public static Staged stage(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return null;
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would stay on the output
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Staged(temporary, target);
    }

    /** Moves staged content over its target in one step where the file system can. */
    public static void commit(Staged staged) throws IOException {
        try {
            Files.move(staged.temporary(), staged.target(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged.temporary(), staged.target(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the temporary file when it is still there (not committed, or the commit failed). */
    public static void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.temporary());
    }
}
