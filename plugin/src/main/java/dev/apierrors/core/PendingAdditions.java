package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.authored.Additions;
import dev.apierrors.authored.AuthoredDescription;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentReport;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecLoader;

/**
 * What the goal {@code generate} would add to a description, and the author's files it would add
 * it to. The description is read, bundled, enriched and checked exactly as {@code generate} does,
 * so the same bad input fails with the same message.
 *
 * @param authored  the author's files
 * @param additions what the enrichment adds
 * @param report    the enrichment's counts
 */
record PendingAdditions(AuthoredDescription authored, Additions additions, EnrichmentReport report) {

    static PendingAdditions of(DescriptionRequest request, BuildLog log) {
        try {
            return find(request, log);
        } catch (StackOverflowError e) {
            throw new ApiErrorsException(request.inputSpec().displayName() + ": the description is nested too"
                    + " deeply for this thread's stack; flatten it, or give the JVM a larger stack (-Xss4m)", e);
        }
    }

    private static PendingAdditions find(DescriptionRequest request, BuildLog log) {
        BundledSpec bundled = new SpecLoader().bundle(request.inputSpec());
        ObjectNode original = bundled.document().deepCopy();
        EnrichmentReport report;
        try {
            report = new Enricher(request.enrichment()).enrich(bundled.document());
        } catch (ApiErrorsException e) {
            ApiErrorsGenerator.reportWarnings(bundled.check(), log);
            throw new ApiErrorsException(bundled.mainResource().displayName() + ": " + e.getMessage(), e);
        }
        LoadedSpec spec = bundled.check();
        ApiErrorsGenerator.reportWarnings(spec, log);
        AuthoredDescription authored = AuthoredDescription.read(spec.sources());
        return new PendingAdditions(authored, Additions.between(original, spec.document()), report);
    }
}
