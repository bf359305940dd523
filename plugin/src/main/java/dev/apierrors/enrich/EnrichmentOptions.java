package dev.apierrors.enrich;

import dev.apierrors.convention.StandardError;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the enrichment adds.
 *
 * @param codes         the standard errors to add (default: all seven)
 * @param applicability which operations get which codes
 * @param names         the names of the added components
 */
public record EnrichmentOptions(Set<StandardError> codes, Applicability applicability, ComponentNames names) {

    public EnrichmentOptions {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("errorCodes is empty: name at least one of the standard codes");
        }
        codes = Collections.unmodifiableSet(EnumSet.copyOf(codes));
    }

    public static EnrichmentOptions defaults() {
        return new EnrichmentOptions(EnumSet.allOf(StandardError.class), Applicability.ALL, ComponentNames.defaults());
    }

    public EnrichmentOptions withApplicability(Applicability value) {
        return new EnrichmentOptions(codes, value, names);
    }

    public EnrichmentOptions withCodes(Set<StandardError> value) {
        return new EnrichmentOptions(value, applicability, names);
    }

    public EnrichmentOptions withNames(ComponentNames value) {
        return new EnrichmentOptions(codes, applicability, value);
    }
}
