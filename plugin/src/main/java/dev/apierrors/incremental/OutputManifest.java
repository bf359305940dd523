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
 * What one build wrote, with the digest of each file as written: the Java sources (relative to
 * the output directory) and the enriched description. Folders are relative to the work
 * directory, so that a project copied elsewhere never reaches back to the original's files.
 *
 * @param outputDirectory    the Java sources' folder
 * @param sources            each Java source, relative to {@code outputDirectory}, with its digest
 * @param enrichedSpec       the enriched description
 * @param enrichedSpecSha256 its digest
 */
public record OutputManifest(String outputDirectory, SortedMap<String, String> sources, String enrichedSpec,
                             String enrichedSpecSha256) {

    public OutputManifest {
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    }

    static OutputManifest of(Path workDirectory, Path outputDirectory, Map<String, byte[]> sources, Path enrichedSpec,
                             byte[] enriched) {
        SortedMap<String, String> digests = new TreeMap<>();
        sources.forEach((name, content) -> digests.put(name, Digests.sha256(content)));
        return new OutputManifest(relative(workDirectory, outputDirectory), digests,
                relative(workDirectory, enrichedSpec), Digests.sha256(enriched));
    }

    Path outputDirectory(Path workDirectory) {
        return resolve(workDirectory, outputDirectory);
    }

    Path enrichedSpec(Path workDirectory) {
        return resolve(workDirectory, enrichedSpec);
    }

    /** Every file written, with its digest, as absolute paths. */
    Map<Path, String> files(Path workDirectory) {
        Map<Path, String> files = new TreeMap<>();
        Path folder = outputDirectory(workDirectory);
        sources.forEach((name, sha) -> files.put(folder.resolve(name).normalize(), sha));
        files.put(enrichedSpec(workDirectory), enrichedSpecSha256);
        return files;
    }

    /** The first output that is gone or no longer as written, described; null when all are intact. */
    String damage(Path workDirectory) {
        for (Map.Entry<Path, String> file : files(workDirectory).entrySet()) {
            Path path = file.getKey();
            if (!Files.isRegularFile(path)) {
                return "the generated file " + path + " is gone";
            }
            try {
                if (!Digests.sha256(Files.readAllBytes(path)).equals(file.getValue())) {
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
