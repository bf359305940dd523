package dev.apierrors.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

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
        Files.createDirectories(target.toAbsolutePath().getParent());
        // not Files.createTempFile: its owner-only permissions would stay on the output
        Path temporary = temporaryBeside(target);
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
        move(staged.temporary(), staged.target());
    }

    /** Moves a file over another (or to a new name) in one step where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A second name beside {@code file} for its current content, so that the content can be put
     * back after the file was replaced: a hard link, which costs no space and cannot fail half-way,
     * or a copy on file systems without links.
     */
    public static Path keep(Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "a directory stands where the file goes");
        }
        Path kept = temporaryBeside(file);
        try {
            Files.createLink(kept, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(kept);
            Files.copy(file, kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return kept;
    }

    /** A new name for a temporary file beside {@code file}: {@code .<name>.<uuid>.tmp}, hidden, in its folder. */
    public static Path temporaryBeside(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.getParent().resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** Whether {@code name} is that of a temporary file {@link #temporaryBeside} gives for a file named {@code of}. */
    public static boolean isTemporaryOf(String name, String of) {
        String prefix = "." + of + ".";
        return name.length() == prefix.length() + 36 + 4 && name.startsWith(prefix) && name.endsWith(".tmp")
                && UUID_TEXT.matcher(name.substring(prefix.length(), prefix.length() + 36)).matches();
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Removes the temporary file when it is still there (not committed, or the commit failed). */
    public static void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.temporary());
    }
}
