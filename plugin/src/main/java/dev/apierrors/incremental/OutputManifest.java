package dev.apierrors.incremental;

import dev.apierrors.load.Digests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one build wrote: the Java sources (relative to the output directory) and the enriched
 * description, each with the digest of what was written. Folders are relative to the work
 * directory, so that a project copied elsewhere never reaches back to the original's files.
 *
 * @param outputDirectory the Java sources' folder
 * @param sources         each Java source, relative to {@code outputDirectory}
 * @param enrichedSpec    the enriched description's file
 * @param enriched        what was written there
 */
public record OutputManifest(String outputDirectory, SortedMap<String, OutputFile> sources, String enrichedSpec,
                             OutputFile enriched) {

    public OutputManifest {
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    }

    /** The manifest of outputs about to be written (no stamps yet). */
    static OutputManifest of(Path workDirectory, Path outputDirectory, Map<String, byte[]> sources, Path enrichedSpec,
                             byte[] enriched) {
        SortedMap<String, OutputFile> files = new TreeMap<>();
        sources.forEach((name, content) -> files.put(name, new OutputFile(Digests.sha256(content), null)));
        return new OutputManifest(relative(workDirectory, outputDirectory), files,
                relative(workDirectory, enrichedSpec), new OutputFile(Digests.sha256(enriched), null));
    }

    /** This manifest with the stamps of the files as they are on disk now, just after writing. */
    OutputManifest stamped(Path workDirectory) throws IOException {
        Path folder = outputDirectory(workDirectory);
        SortedMap<String, OutputFile> files = new TreeMap<>();
        for (Map.Entry<String, OutputFile> source : sources.entrySet()) {
            files.put(source.getKey(), new OutputFile(source.getValue().sha256(),
                    Stamp.of(folder.resolve(source.getKey()))));
        }
        return new OutputManifest(outputDirectory, files, enrichedSpec,
                new OutputFile(enriched.sha256(), Stamp.of(enrichedSpec(workDirectory))));
    }

    Path outputDirectory(Path workDirectory) {
        return resolve(workDirectory, outputDirectory);
    }

    Path enrichedSpec(Path workDirectory) {
        return resolve(workDirectory, enrichedSpec);
    }

    /** Every file written, as absolute paths. */
    Map<Path, OutputFile> files(Path workDirectory) {
        Map<Path, OutputFile> files = new TreeMap<>();
        Path folder = outputDirectory(workDirectory);
        sources.forEach((name, file) -> files.put(folder.resolve(name).normalize(), file));
        files.put(enrichedSpec(workDirectory), enriched);
        return files;
    }

    /** The first output that is gone or no longer as written, described; null when all are intact. */
    String damage(Path workDirectory) {
        for (Map.Entry<Path, OutputFile> file : files(workDirectory).entrySet()) {
            Path path = file.getKey();
            if (!Files.isRegularFile(path)) {
                return "the generated file " + path + " is gone";
            }
            Stamp stamp = file.getValue().stamp();
            if (stamp != null && stamp.matches(path)) {
                continue;
            }
            try {
                if (!Digests.sha256(Files.readAllBytes(path)).equals(file.getValue().sha256())) {
                    return "the generated file " + path + " was modified";
                }
            } catch (IOException e) {
                return "the generated file " + path + " cannot be read (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    int size() {
        return sources.size() + 1;
    }

    /** The output folder and the enriched description: what an IDE is told to look at again. */
    List<Path> locations(Path workDirectory) {
        List<Path> locations = new ArrayList<>();
        locations.add(outputDirectory(workDirectory));
        locations.add(enrichedSpec(workDirectory));
        return locations;
    }

    private static String relative(Path workDirectory, Path file) {
        Path base = workDirectory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        try {
            return base.relativize(target).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return target.toString();
        }
    }

    private static Path resolve(Path workDirectory, String path) {
        return workDirectory.toAbsolutePath().normalize().resolve(path).normalize();
    }
}
