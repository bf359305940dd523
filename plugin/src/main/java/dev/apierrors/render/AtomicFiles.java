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

    /** Returns true when the file was written, false when it already had this content. */
    public static boolean write(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would stay on the output
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }
}
