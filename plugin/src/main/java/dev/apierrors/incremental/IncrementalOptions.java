package dev.apierrors.incremental;

import dev.apierrors.load.SpecResource;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an incremental build fingerprints and where it keeps its state.
 *
 * @param inputSpec         the main description file: the files recorded by the last build are found from it
 * @param configuration     every configuration value that affects the outputs, as text by name;
 *                          the caller puts in it the digests of the files the configuration names
 *                          (a convention file), so that none is parsed to decide
 * @param templateDirectory the user's templates, digested with the default ones; null when none
 * @param outputDirectory   where the Java sources go
 * @param enrichedSpec      where the enriched description goes
 * @param workDirectory     where the state of the last build is kept
 * @param force             generate whatever the state says
 */
public record IncrementalOptions(SpecResource inputSpec, SortedMap<String, String> configuration,
                                 Path templateDirectory, Path outputDirectory, Path enrichedSpec,
                                 Path workDirectory, boolean force) {

    public IncrementalOptions {
        Objects.requireNonNull(inputSpec, "inputSpec");
        configuration = Collections.unmodifiableSortedMap(new TreeMap<>(configuration));
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(enrichedSpec, "enrichedSpec");
        Objects.requireNonNull(workDirectory, "workDirectory");
    }
}
