package dev.apierrors.core;

import java.nio.file.Path;
import java.util.List;

/**
 * The project's folders of sources the goal must never write into, as the build tool knows them.
 *
 * @param own        the project's own source and resource folders ({@code src/main/java},
 *                   {@code src/main/resources} and their test counterparts)
 * @param otherRoots the project's other compile source roots (other generators' outputs), without the
 *                   one this goal adds
 */
public record SourceFolders(List<Path> own, List<Path> otherRoots) {

    public SourceFolders {
        own = List.copyOf(own);
        otherRoots = List.copyOf(otherRoots);
    }

    /** No folder known: a run outside a build tool. */
    public static SourceFolders none() {
        return new SourceFolders(List.of(), List.of());
    }
}
