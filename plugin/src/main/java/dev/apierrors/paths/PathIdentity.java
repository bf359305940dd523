package dev.apierrors.paths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Whether two spellings name the same file, or one lies inside the other, as the file system sees
 * it: through symbolic links, {@code ..}, and on file systems that ignore case. What exists is
 * compared by identity ({@link Files#isSameFile}); what does not exist yet is compared by the real
 * path of its nearest existing folder followed by the names still to be created.
 */
final class PathIdentity {

    private PathIdentity() {
    }

    /** Whether {@code a} and {@code b} are the same file or folder. */
    static boolean same(Path a, Path b) {
        boolean aExists = Files.exists(a);
        if (aExists != Files.exists(b)) {
            return false;
        }
        if (aExists) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // compared by their spelling below
            }
        }
        return fold(canonical(a), a).equals(fold(canonical(b), b));
    }

    /** Whether {@code path} is {@code folder} or lies inside it. */
    static boolean within(Path path, Path folder) {
        Path canonical = canonical(path);
        if (Files.isDirectory(folder)) {
            for (Path ancestor = canonical; ancestor != null; ancestor = ancestor.getParent()) {
                if (Files.exists(ancestor) && isSameFile(ancestor, folder)) {
                    return true;
                }
            }
            return false;
        }
        if (Files.exists(folder)) {
            return same(path, folder);
        }
        return fold(canonical, path).startsWith(fold(canonical(folder), folder));
    }

    /** The real path of the nearest existing folder, followed by the names not created yet. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            if (existing.getFileName() != null) {
                missing.push(existing.getFileName());
            }
            existing = existing.getParent();
        }
        Path result;
        try {
            result = existing == null ? absolute.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            result = existing.normalize();
        }
        for (Path name : missing) {
            result = result.resolve(name);
        }
        return result.normalize();
    }

    /** The path in lower case where the file system it lies on ignores case, else as it is. */
    private static Path fold(Path canonical, Path original) {
        return ignoresCase(nearestExisting(original))
                ? Path.of(canonical.toString().toLowerCase(Locale.ROOT)) : canonical;
    }

    /**
     * Whether the file system ignores case: the nearest name with letters, spelled in the other
     * case, names the same file.
     */
    static boolean ignoresCase(Path existing) {
        for (Path current = existing; current != null && current.getFileName() != null; current = current.getParent()) {
            String name = current.getFileName().toString();
            String upper = name.toUpperCase(Locale.ROOT);
            String other = upper.equals(name) ? name.toLowerCase(Locale.ROOT) : upper;
            if (!other.equals(name)) {
                Path variant = current.resolveSibling(other);
                return Files.exists(variant) && isSameFile(current, variant);
            }
        }
        return false;
    }

    private static Path nearestExisting(Path path) {
        Path current = path.toAbsolutePath();
        while (current != null && !Files.exists(current)) {
            current = current.getParent();
        }
        return current;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
