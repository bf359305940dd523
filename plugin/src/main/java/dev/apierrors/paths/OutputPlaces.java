package dev.apierrors.paths;

import dev.apierrors.shared.ApiErrorsException;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the goal writes, checked against what it reads and against the project's own sources,
 * before anything is written: an output that is an input would replace the author's file, and a
 * folder of generated files that holds inputs or hand-written sources would mix the two. Every
 * failure is a configuration error naming the parameter and the file.
 */
public final class OutputPlaces {

    private static final String PREFIX = "invalid configuration: ";

    private final List<NamedPath> files;
    private final List<NamedPath> folders;

    /**
     * @param files   the files the goal writes, by parameter (the enriched description)
     * @param folders the folders the goal writes files into, by parameter (the Java sources)
     */
    public OutputPlaces(List<NamedPath> files, List<NamedPath> folders) {
        this.files = List.copyOf(files);
        this.folders = List.copyOf(folders);
    }

    /**
     * Fails when an output file is one of {@code inputFiles} or lies in one of {@code inputFolders},
     * or when an output folder is, contains or lies in one of them.
     *
     * @param inputFiles   files the goal reads (the description and the files it references, a convention file)
     * @param inputFolders folders all of whose files the goal reads (the templates)
     */
    public void checkInputs(List<NamedPath> inputFiles, List<NamedPath> inputFolders) {
        for (NamedPath output : files) {
            for (NamedPath input : inputFiles) {
                if (PathIdentity.same(output.path(), input.path())) {
                    throw new ApiErrorsException(PREFIX + output.name() + " " + output.path() + " is "
                            + named(input, output.path()) + ", which the goal reads; an output may not replace"
                            + " a file the goal reads");
                }
            }
            for (NamedPath input : inputFolders) {
                if (PathIdentity.within(output.path(), input.path())) {
                    throw new ApiErrorsException(PREFIX + output.name() + " " + output.path() + " lies inside "
                            + named(input, output.path()) + ", whose files the goal reads");
                }
            }
        }
        for (NamedPath output : folders) {
            for (NamedPath input : inputFiles) {
                if (PathIdentity.within(input.path(), output.path())) {
                    throw new ApiErrorsException(PREFIX + output.name() + " " + output.path()
                            + (PathIdentity.same(input.path(), output.path()) ? " is " : " contains ")
                            + named(input, output.path()) + ", which the goal reads; generated files go to a"
                            + " folder of their own");
                }
            }
            for (NamedPath input : inputFolders) {
                String overlap = overlap(output.path(), input.path());
                if (overlap != null) {
                    throw new ApiErrorsException(PREFIX + output.name() + " " + output.path() + overlap
                            + named(input, output.path()) + ", whose files the goal reads; generated files go to"
                            + " a folder of their own");
                }
            }
        }
    }

    /**
     * Fails when an output folder is, contains or lies in one of the project's own source or
     * resource folders, or is or contains another compile source root of the project.
     *
     * @param ownFolders the project's own source and resource folders ({@code src/main/java}...)
     * @param otherRoots the project's other compile source roots, such as other generators' output
     */
    public void checkSources(List<Path> ownFolders, List<Path> otherRoots) {
        for (NamedPath output : folders) {
            for (Path own : ownFolders) {
                Path folder = own.toAbsolutePath().normalize();
                String overlap = overlap(output.path(), folder);
                if (overlap != null) {
                    throw new ApiErrorsException(PREFIX + output.name() + " " + output.path() + overlap
                            + shown(folder, output.path()) + "a folder of the project's own sources; generated"
                            + " files go to a folder of their own (by default under target/generated-sources)");
                }
            }
            for (Path other : otherRoots) {
                Path root = other.toAbsolutePath().normalize();
                if (PathIdentity.within(root, output.path())) {
                    throw new ApiErrorsException(PREFIX + output.name() + " " + output.path()
                            + (PathIdentity.same(root, output.path()) ? " is " : " contains ")
                            + shown(root, output.path()) + "a compile source root of the project that another"
                            + " goal or plugin added; generated files go to a folder of their own");
                }
            }
        }
    }

    /** How {@code folder} and {@code other} overlap, as the start of a sentence's verb, or null. */
    private static String overlap(Path folder, Path other) {
        if (PathIdentity.same(folder, other)) {
            return " is ";
        }
        if (PathIdentity.within(folder, other)) {
            return " lies inside ";
        }
        if (PathIdentity.within(other, folder)) {
            return " contains ";
        }
        return null;
    }

    private static String named(NamedPath input, Path output) {
        return shown(input.path(), output) + input.name();
    }

    /** The path, unless it is spelled as the output it is compared with (then saying it again adds nothing). */
    private static String shown(Path path, Path output) {
        return path.equals(output) ? "" : path + ", ";
    }
}
