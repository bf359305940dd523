package dev.apierrors.core;

import dev.apierrors.view.ClientLibrary;
import dev.apierrors.view.Framework;
import dev.apierrors.view.SourcesOptions;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.SpecResource;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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
 * @param buildDirectory     the build tool's folder of what builds make (Maven's {@code target/}), or
 *                           null when unknown: outputs there are the build's, replaced whoever wrote them
 * @param clientLibraries    OpenAPI Generator's client libraries to generate adapters for
 */
public record GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                                Framework framework, EnrichmentSettings enrichmentSettings, Path templateDirectory,
                                Path workDirectory, boolean force, SourceFolders sourceFolders,
                                Path buildDirectory, Set<ClientLibrary> clientLibraries) {

    public GenerationRequest {
        Objects.requireNonNull(inputSpec, "inputSpec");
        Objects.requireNonNull(enrichedSpec, "enrichedSpec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(enrichmentSettings, "enrichmentSettings");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(sourceFolders, "sourceFolders");
        // in the order of the enum, so that the outputs come in the same order every time
        EnumSet<ClientLibrary> libraries = EnumSet.noneOf(ClientLibrary.class);
        libraries.addAll(clientLibraries);
        clientLibraries = Collections.unmodifiableSet(libraries);
    }

    /**
     * A request with the enrichment resolved already, that knows no build directory and asks for no
     * client library's adapter.
     */
    public GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                             Framework framework, EnrichmentOptions enrichment, Path templateDirectory,
                             Path workDirectory, boolean force, SourceFolders sourceFolders) {
        this(inputSpec, enrichedSpec, outputDirectory, basePackage, framework, EnrichmentSettings.of(enrichment),
                templateDirectory, workDirectory, force, sourceFolders, null, Set.of());
    }

    /** As the canonical constructor, with the enrichment resolved already. */
    public GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                             Framework framework, EnrichmentOptions enrichment, Path templateDirectory,
                             Path workDirectory, boolean force, SourceFolders sourceFolders,
                             Path buildDirectory, Set<ClientLibrary> clientLibraries) {
        this(inputSpec, enrichedSpec, outputDirectory, basePackage, framework, EnrichmentSettings.of(enrichment),
                templateDirectory, workDirectory, force, sourceFolders, buildDirectory, clientLibraries);
    }

    /** A request outside a build tool, which knows no source folders of a project. */
    public GenerationRequest(SpecResource inputSpec, Path enrichedSpec, Path outputDirectory, String basePackage,
                             Framework framework, EnrichmentOptions enrichment, Path templateDirectory,
                             Path workDirectory, boolean force) {
        this(inputSpec, enrichedSpec, outputDirectory, basePackage, framework, enrichment, templateDirectory,
                workDirectory, force, SourceFolders.none());
    }

    /** What the enrichment adds; reads the convention when the request was made before it was. */
    public EnrichmentOptions enrichment() {
        return enrichmentSettings.options();
    }

    /** What the Java sources are made for. */
    public SourcesOptions sourcesOptions() {
        EnrichmentOptions enrichment = enrichment();
        return new SourcesOptions(basePackage, framework, enrichment.convention(), enrichment.names(),
                templateDirectory, clientLibraries);
    }
}
