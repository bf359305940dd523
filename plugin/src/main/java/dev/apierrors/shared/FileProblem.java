package dev.apierrors.shared;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * What went wrong with a file, in the words of a message: the file and the reason the file system
 * gave (not a directory, read-only file system, permission denied, no space left on device). The
 * JDK's exceptions often carry only the file's name as their message; the reason is then told by
 * the exception's type.
 */
public final class FileProblem {

    private FileProblem() {
    }

    /** "{@code file}: reason" (or "{@code file} -> {@code other}: reason" for a move), or the reason alone. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException problem) {
            String file = problem.getFile();
            String other = problem.getOtherFile();
            String where = file == null ? "" : file + (other == null ? "" : " -> " + other) + ": ";
            return where + reason(problem);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null && !e.getReason().isBlank()) {
            return e.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (e instanceof FileAlreadyExistsException) {
            // Files.createDirectories says so of a file that stands where a folder must be made
            Path file = e.getFile() == null ? null : Path.of(e.getFile());
            return file != null && Files.exists(file) && !Files.isDirectory(file)
                    ? "not a directory (a file of this name is in the way)" : "already exists";
        }
        return e.getClass().getSimpleName();
    }
}
