package dev.apierrors.core;

import dev.apierrors.enrich.EnrichmentReport;

import java.nio.file.Path;

/**
 * What one run did.
 *
 * @param enrichedSpec the enriched description
 * @param report       what the enrichment added, or null when the run was skipped
 * @param skipped      nothing had changed, so nothing was done
 * @param generatorInputs what OpenAPI Generator's configuration reads from the project properties
 */
public record GenerationResult(Path enrichedSpec, EnrichmentReport report, boolean skipped,
                               OpenApiGeneratorInputs generatorInputs) {
}
