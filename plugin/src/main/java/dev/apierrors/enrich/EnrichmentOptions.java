package dev.apierrors.enrich;

import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the enrichment adds.
 *
 * @param convention    the error convention
 * @param codes         the codes of the convention to add (the {@code errorCodes} setting; default: all)
 * @param applicability which operations get which codes
 * @param names         the names of the added components
 */
public record EnrichmentOptions(Convention convention, Set<Integer> codes, Applicability applicability,
                                ComponentNames names) {

    public EnrichmentOptions {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(names, "names");
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("errorCodes is empty: name at least one of the " + convention.codesOf());
        }
        for (Integer code : codes) {
            if (convention.status(code) == null) {
                throw new IllegalArgumentException("'" + code + "' is not one of the " + convention.codesOf());
            }
        }
        codes = Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }

    /** Every code of the convention. */
    public EnrichmentOptions(Convention convention, Applicability applicability, ComponentNames names) {
        this(convention, allCodes(convention), applicability, names);
    }

    /** The standard convention, every code, every operation, the default names. */
    public static EnrichmentOptions defaults() {
        return new EnrichmentOptions(ConventionReader.preset(Convention.STANDARD), Applicability.ALL,
                ComponentNames.defaults());
    }

    public EnrichmentOptions withApplicability(Applicability value) {
        return new EnrichmentOptions(convention, codes, value, names);
    }

    /** Another convention, with all its codes. */
    public EnrichmentOptions withConvention(Convention value) {
        return new EnrichmentOptions(value, applicability, names);
    }

    public EnrichmentOptions withCodes(Set<Integer> value) {
        return new EnrichmentOptions(convention, value, applicability, names);
    }

    public EnrichmentOptions withNames(ComponentNames value) {
        return new EnrichmentOptions(convention, codes, applicability, value);
    }

    private static Set<Integer> allCodes(Convention convention) {
        Set<Integer> codes = new TreeSet<>();
        convention.statuses().forEach(status -> codes.add(status.code()));
        return codes;
    }
}
