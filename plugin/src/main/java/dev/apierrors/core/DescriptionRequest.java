package dev.apierrors.core;

import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.SpecResource;

import java.util.Objects;

/**
 * What the goals that read or write the author's own description need, resolved and checked by
 * the caller.
 *
 * @param inputSpec  the main description file
 * @param enrichment what the enrichment adds
 */
public record DescriptionRequest(SpecResource inputSpec, EnrichmentOptions enrichment) {

    public DescriptionRequest {
        Objects.requireNonNull(inputSpec, "inputSpec");
        Objects.requireNonNull(enrichment, "enrichment");
    }
}
