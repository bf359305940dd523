package dev.apierrors.incremental;

import dev.apierrors.load.Digests;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what earlier builds generated and this one did not: the files their manifests list and
 * nothing else (the writer removes them with the writing of the new outputs), so a file someone put in the output folder is never touched. Folders left empty
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

    /**
     * The files of {@code earlier} manifests that this build does not produce and that are still
     * there, to be removed together with the writing of the new outputs (all or nothing).
     */
    Removal find(List<OutputManifest> earlier, Set<Path> produced) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> edited = new ArrayList<>();
        for (OutputManifest manifest : earlier) {
            for (Map.Entry<Path, OutputFile> file : manifest.files(workDirectory).entrySet()) {
                Path path = file.getKey();
                if (produced.contains(path) || removed.contains(path) || !Files.isRegularFile(path)) {
                    continue;
                }
                if (!Digests.sha256(Files.readAllBytes(path)).equals(file.getValue().sha256())) {
                    edited.add(path);
                }
                removed.add(path);
            }
        }
        return new Removal(List.copyOf(removed), List.copyOf(edited));
    }

    /** After the removal: the folders it left empty, up to (not including) the output folders. */
    void removeEmptyFolders(List<OutputManifest> earlier, Removal removal) throws IOException {
        for (OutputManifest manifest : earlier) {
            Path root = manifest.outputDirectory(workDirectory);
            for (Path path : manifest.files(workDirectory).keySet()) {
                if (removal.removed().contains(path)) {
                    removeEmptyFolders(path.getParent(), root);
                }
            }
        }
    }

    private static void removeEmptyFolders(Path folder, Path root) throws IOException {
        Path current = folder;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
            current = current.getParent();
        }
    }
}
