package dev.apierrors.paths;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or folder and how messages name it: an output by its parameter ({@code enrichedSpec}),
 * an input by what it is to the goal ({@code the description (inputSpec)}).
 */
public record NamedPath(String name, Path path) {

    public NamedPath {
        Objects.requireNonNull(name, "name");
        path = path.toAbsolutePath().normalize();
    }
}
