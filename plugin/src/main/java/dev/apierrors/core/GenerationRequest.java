package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.SpecResource;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one run of the goal needs, checked by the caller; the enrichment may be resolved
 * only when the goal generates (see {@link EnrichmentSettings}).
 *
 * @param inputSpec          the main description file
 * @param enrichedSpec       where the enriched description goes (its extension chooses YAML or JSON)
 * @param outputDirectory    where the Java sources go
 * @param basePackage        the package of the Java sources
 * @param framework          the framework of the handlers
 * @param enrichmentSettings what the enrichment adds, as configured
 * @param templateDirectory  the user's templates that replace default ones, or null
 * @param workDirectory      where the plugin keeps its own state between builds
 * @param force              regenerate even when nothing changed
 * @param sourceFolders      the project's source folders, which no output may be or contain
 */
public record GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                                Framework framework, EnrichmentSettings enrichmentSettings, Path templateDirectory,
                                Path workDirectory, boolean force, SourceFolders sourceFolders) {

    public GenerationRequest {
        Objects.requireNonNull(inputSpec, "inputSpec");
        Objects.requireNonNull(enrichedSpec, "enrichedSpec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(enrichmentSettings, "enrichmentSettings");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(sourceFolders, "sourceFolders");
    }

    /** A request with the enrichment resolved already. */
    public GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                             Framework framework, EnrichmentOptions enrichment, Path templateDirectory,
                             Path workDirectory, boolean force, SourceFolders sourceFolders) {
        this(inputSpec, enrichedSpec, outputDirectory, basePackage, framework, EnrichmentSettings.of(enrichment),
                templateDirectory, workDirectory, force, sourceFolders);
    }

    /** A request outside a build tool, which knows no source folders of a project. */
    public GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                             Framework framework, EnrichmentOptions enrichment, Path templateDirectory,
                             Path workDirectory, boolean force) {
        this(inputSpec, enrichedSpec, outputDirectory, basePackage, framework, EnrichmentSettings.of(enrichment),
                templateDirectory, workDirectory, force, SourceFolders.none());
    }

    /** What the enrichment adds; reads the convention when the request was made before it was. */
    public EnrichmentOptions enrichment() {
        return enrichmentSettings.options();
    }
}
