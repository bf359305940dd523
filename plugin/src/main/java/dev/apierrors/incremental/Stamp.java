package dev.apierrors.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * The size and modification time of a file when its digest was taken. While both are the same,
 * the file is taken as unchanged without reading it again, so that deciding to skip costs no more
 * than a look at each file however large the description is; when either differs, the file is
 * digested again, and only a different digest counts as a change.
 *
 * @param size     the size in bytes
 * @param modified the modification time, at the precision of the file system
 */
public record Stamp(long size, String modified) {

    /**
     * A file changed this shortly before a build began might still have been changing while the
     * build read it, within the precision of the file system's clock: it gets no stamp.
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    static Stamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.size(), attributes.lastModifiedTime().toString());
    }

    /** The stamp of a file last changed before {@code readFrom} minus {@link #SETTLED}, else null. */
    static Stamp ifSettled(Path file, Instant readFrom) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileTime modified = attributes.lastModifiedTime();
            return modified.toInstant().isBefore(readFrom.minus(SETTLED))
                    ? new Stamp(attributes.size(), modified.toString()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** True when the file is there with this size and modification time. */
    boolean matches(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // compared field by field: a record's generated equals is bootstrapped on first use,
            // which alone cost an up-to-date build more than looking at all its files
            return attributes.size() == size && attributes.lastModifiedTime().toString().equals(modified);
        } catch (IOException e) {
            return false;
        }
    }
}
