package dev.apierrors.incremental;

import dev.apierrors.load.Digests;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what earlier builds generated and this one did not: the files their manifests list and
 * nothing else, so a file someone put in the output folder is never touched. Folders left empty
 * by a removal go too, up to (not including) the output folder they were generated into.
 */
final class StaleOutputs {

    /** What was removed: the files, and those of them that had been edited since they were generated. */
    record Removal(List<Path> removed, List<Path> edited) {
    }

    private final Path workDirectory;

    StaleOutputs(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    Removal remove(List<OutputManifest> earlier, Set<Path> produced) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> edited = new ArrayList<>();
        for (OutputManifest manifest : earlier) {
            Path root = manifest.outputDirectory(workDirectory);
            for (Map.Entry<Path, OutputFile> file : manifest.files(workDirectory).entrySet()) {
                Path path = file.getKey();
                if (produced.contains(path) || removed.contains(path) || !Files.isRegularFile(path)) {
                    continue;
                }
                if (!Digests.sha256(Files.readAllBytes(path)).equals(file.getValue().sha256())) {
                    edited.add(path);
                }
                Files.delete(path);
                removed.add(path);
                removeEmptyFolders(path.getParent(), root);
            }
        }
        return new Removal(List.copyOf(removed), List.copyOf(edited));
    }

    private static void removeEmptyFolders(Path folder, Path root) throws IOException {
        Path current = folder;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            current = current.getParent();
        }
    }
}
