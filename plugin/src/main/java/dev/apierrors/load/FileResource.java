package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A description file on disk. */
public final class FileResource implements SpecResource {

    private final Path path;
    /** Computed once: a description's loader asks for it at every reference. */
    private final String key;

    public FileResource(Path path) {
        this.path = path.toAbsolutePath().normalize();
        this.key = this.path.toUri().toString();
    }

    public Path path() {
        return path;
    }

    @Override
    public String displayName() {
        return path.toString();
    }

    @Override
    public String key() {
        return key;
    }

    /** Opens the file; what is not a regular file (a pipe, a device, a folder...) is refused before it is opened. */
    @Override
    public InputStream open() throws IOException {
        RegularFiles.size(path);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new ApiErrorsException(path + " does not exist", e);
        }
    }

    /** The size of the regular file; fails, naming what the path is, for anything else. */
    @Override
    public long size() {
        return RegularFiles.size(path);
    }

    @Override
    public SpecResource resolve(String relativeReference) {
        return new FileResource(path.getParent().resolve(RelativeReferences.toPath(relativeReference)));
    }

    @Override
    public String parserLocation() {
        return path.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileResource && ((FileResource) o).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
