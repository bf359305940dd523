package dev.apierrors.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentReport;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.render.GeneratedFiles;
import dev.apierrors.render.OutputWriter;
import dev.apierrors.render.SpecFormat;
import dev.apierrors.view.JavaSources;

import java.util.List;

/**
 * The pipeline of the goal: load and check the description, enrich it, write the enriched
 * description and the Java sources. Knows nothing of Maven. Swagger Parser's check of the
 * description runs after the enrichment, on another thread while the outputs are rendered; a
 * failure of the enrichment or of the rendering still reports the check's verdict first, as when
 * the check ran before them.
 */
public final class ApiErrorsGenerator {

    private static final int WARNINGS_SHOWN = 20;

    public GenerationResult generate(GenerationRequest request, BuildLog log) {
        SpecFormat format = SpecFormat.of(request.enrichedSpec());
        BundledSpec bundled = new SpecLoader().bundle(request.inputSpec());
        ObjectNode document = bundled.document();
        EnrichmentReport report;
        try {
            report = new Enricher(request.enrichment()).enrich(document);
        } catch (ApiErrorsException e) {
            reportWarnings(bundled.check(), log);
            throw new ApiErrorsException(bundled.mainResource().displayName() + ": " + e.getMessage(), e);
        }
        // From here on the tree is only read: Swagger Parser checks it while the outputs are
        // rendered, which on a large description saves most of the check's time.
        BackgroundTask<LoadedSpec> checking = BackgroundTask.start("api-errors check", bundled::check);
        byte[] enriched;
        GeneratedFiles sources;
        try {
            enriched = format.write(document);
            sources = new JavaSources().generate(document, request);
        } catch (RuntimeException | Error e) {
            reportWarnings(checking.join(), log);
            throw e;
        }
        reportWarnings(checking.join(), log);
        new OutputWriter().write(request.enrichedSpec(), enriched, request.outputDirectory(), sources);
        log.info("Enriched description: " + request.enrichedSpec());
        log.info("api-errors: " + report.summary());
        return new GenerationResult(request.enrichedSpec(), report, false);
    }

    private static void reportWarnings(LoadedSpec spec, BuildLog log) {
        List<String> warnings = spec.warnings();
        for (int i = 0; i < warnings.size() && i < WARNINGS_SHOWN; i++) {
            log.warn(spec.mainResource().displayName() + ": " + warnings.get(i));
        }
        if (warnings.size() > WARNINGS_SHOWN) {
            log.warn(spec.mainResource().displayName() + ": ... and " + (warnings.size() - WARNINGS_SHOWN)
                    + " more remarks of Swagger Parser");
        }
    }
}
