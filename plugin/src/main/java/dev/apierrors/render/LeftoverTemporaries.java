package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.FileProblem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the temporary files a build of the plugin leaves when it is stopped while writing (kill
 * -9, a CI timeout, a closed laptop): {@code .<name>.<uuid>.tmp} beside an output named
 * {@code <name>}, for the outputs given, and no other file. Only the folders of those outputs are
 * read, each once.
 */
public final class LeftoverTemporaries {

    private LeftoverTemporaries() {
    }

    /** Removes the temporary files of {@code outputs}; returns those removed. */
    public static List<Path> remove(Collection<Path> outputs) {
        Map<Path, Set<String>> namesByFolder = new HashMap<>();
        for (Path output : outputs) {
            Path absolute = output.toAbsolutePath().normalize();
            if (absolute.getParent() != null && absolute.getFileName() != null) {
                namesByFolder.computeIfAbsent(absolute.getParent(), any -> new HashSet<>())
                        .add(absolute.getFileName().toString());
            }
        }
        List<Path> removed = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> folder : namesByFolder.entrySet()) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.getKey(), ".*.tmp")) {
                for (Path file : files) {
                    if (isTemporaryOfAny(file.getFileName().toString(), folder.getValue())
                            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(file);
                        removed.add(file);
                    }
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                // no folder, no leftovers; writing there says what is in the way
            } catch (IOException e) {
                throw new ApiErrorsException("cannot remove the temporary files an interrupted build left: "
                        + FileProblem.describe(e), e);
            }
        }
        return removed;
    }

    private static boolean isTemporaryOfAny(String name, Set<String> outputs) {
        // ".<output>.<36-char uuid>.tmp": the output's name is what lies between the first dot and the uuid
        int end = name.length() - 4 - 36 - 1;
        return end > 1 && outputs.contains(name.substring(1, end)) && AtomicFiles.isTemporaryOf(name, name.substring(1, end));
    }
}
