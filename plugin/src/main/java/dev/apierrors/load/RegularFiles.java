package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Only regular files are read as descriptions. Opening a named pipe blocks until someone writes
 * to it, a device such as {@code /dev/zero} never ends, and a folder or a file of the kernel's
 * ({@code /proc}, {@code /sys}) is no description: each is told apart from its attributes alone,
 * before it is opened, and refused with a message that says what it is.
 */
final class RegularFiles {

    /** File systems whose files the kernel makes up as they are read: their size says nothing. */
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "debugfs", "tracefs",
            "securityfs", "configfs", "cgroup", "cgroup2", "efivarfs", "bpf", "pstore", "devtmpfs", "devpts",
            "fusectl", "mqueue", "binfmt_misc", "devfs", "procfs", "linprocfs");

    /** The file type bits of a Unix mode, and the values of the types that are not files or folders. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private RegularFiles() {
    }

    /** The size of the regular file at {@code path}; fails naming what the path is when it is something else. */
    static long size(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ApiErrorsException(path + (Files.isSymbolicLink(path)
                    ? " is a symbolic link to " + linkTarget(path) + ", which does not exist" : " does not exist"), e);
        } catch (AccessDeniedException e) {
            throw new ApiErrorsException(path + " cannot be read: permission denied", e);
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(path)) {
                throw new ApiErrorsException(path + " is a symbolic link that never reaches a file: its links lead"
                        + " in a loop (" + e.getReason() + ")", e);
            }
            throw new ApiErrorsException(path + " cannot be read: " + e.getReason(), e);
        } catch (IOException e) {
            throw new ApiErrorsException(path + " cannot be read: " + e.getMessage(), e);
        }
        if (attributes.isRegularFile()) {
            String kernel = kernelFileSystem(path);
            if (kernel != null) {
                throw notADescription(path, "a file of the kernel's " + kernel + " file system", true);
            }
            return attributes.size();
        }
        if (attributes.isDirectory()) {
            throw notADescription(path, "a folder", false);
        }
        throw notADescription(path, special(path), true);
    }

    private static ApiErrorsException notADescription(Path path, String what, boolean onlyRegular) {
        String link = Files.isSymbolicLink(path) ? " a symbolic link to " + realPath(path) + "," : "";
        return new ApiErrorsException(path + " is" + link + " " + what + ", not an OpenAPI description file"
                + (onlyRegular ? "; only regular files are read" : ""));
    }

    private static String special(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file (a named pipe, a socket or a device)";
        }
        switch (mode & TYPE_MASK) {
            case FIFO:
                return "a named pipe (FIFO)";
            case CHARACTER_DEVICE:
                return "a character device";
            case BLOCK_DEVICE:
                return "a block device";
            case SOCKET:
                return "a socket";
            default:
                return "not a regular file";
        }
    }

    private static String kernelFileSystem(Path path) {
        try {
            String type = Files.getFileStore(path).type();
            return KERNEL_FILE_SYSTEMS.contains(type) ? type : null;
        } catch (IOException | SecurityException e) {
            // where the file system cannot be told, the file is read as the regular file it says it is
            return null;
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a file";
        }
    }

    private static String realPath(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return linkTarget(path);
        }
    }
}
