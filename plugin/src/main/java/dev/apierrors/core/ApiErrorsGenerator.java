package dev.apierrors.core;

import dev.apierrors.shared.Workspace;
import dev.apierrors.shared.BackgroundTask;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.InvalidConventionException;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.enrich.EnrichmentReport;
import dev.apierrors.incremental.Decision;
import dev.apierrors.incremental.IncrementalBuild;
import dev.apierrors.incremental.IncrementalOptions;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.render.EnrichedDescription;
import dev.apierrors.paths.NamedPath;
import dev.apierrors.paths.OutputClaims;
import dev.apierrors.render.ForeignFiles;
import dev.apierrors.render.GeneratedFiles;
import dev.apierrors.render.SpecFormat;
import dev.apierrors.textedit.JsonLayout;
import dev.apierrors.render.JavaSources;
import dev.apierrors.view.SourcesOptions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pipeline of the goal: load and check the description, enrich it, write the enriched
 * description and the Java sources — or nothing, when nothing changed since the last build.
 * Knows nothing of Maven. Swagger Parser's check of the description runs after the enrichment,
 * on another thread while the outputs are rendered; a failure of the enrichment or of the
 * rendering still reports the check's verdict first, as when the check ran before them.
 */
public final class ApiErrorsGenerator {

    private static final int WARNINGS_SHOWN = 20;
    /** From this size on, a JSON main file's layout is found on a second thread while the file is parsed. */
    static final int EARLY_LAYOUT_BYTES = 1 << 20;

    private final int earlyLayoutBytes;

    public ApiErrorsGenerator() {
        this(EARLY_LAYOUT_BYTES);
    }

    /** A generator that scans the layout of JSON main files from {@code earlyLayoutBytes} on early (tests vary it). */
    ApiErrorsGenerator(int earlyLayoutBytes) {
        this.earlyLayoutBytes = earlyLayoutBytes;
    }

    /** A build on the command line: see {@link #generate(GenerationRequest, BuildLog, Workspace)}. */
    public GenerationResult generate(GenerationRequest request, BuildLog log) {
        return generate(request, log, Workspace.commandLine());
    }

    /**
     * Generates, unless the outputs of the last build are those the inputs would give now; either
     * way one line of the log says what was done and why.
     */
    public GenerationResult generate(GenerationRequest request, BuildLog log, Workspace workspace) {
        return generate(request, log, workspace, OutputClaims.none());
    }

    /**
     * As {@link #generate(GenerationRequest, BuildLog, Workspace)}, for one execution of several in
     * a project: its outputs are claimed in {@code claims} before anything is written, and a file
     * another execution claimed fails the build.
     */
    public GenerationResult generate(GenerationRequest request, BuildLog log, Workspace workspace,
                                     OutputClaims claims) {
        try {
            return generateOrOverflow(request, log, workspace, claims);
        } catch (StackOverflowError e) {
            // The readers bound nesting well below what the default stack holds; a thread with a
            // smaller stack (-Xss, some parallel builds) still gets an answer rather than a crash.
            throw new ApiErrorsException(request.inputSpec().displayName() + ": the description is nested too"
                    + " deeply for this thread's stack; flatten it, or give the JVM a larger stack (-Xss4m)", e);
        }
    }

    private GenerationResult generateOrOverflow(GenerationRequest request, BuildLog log, Workspace workspace,
                                                OutputClaims claims) {
        InputsAndOutputs places = new InputsAndOutputs(request);
        places.checkBeforeReading();
        IncrementalBuild build = IncrementalBuild.open(incrementalOptions(request), workspace);
        Decision decision = build.check();
        OpenApiGeneratorInputs saved = decision.upToDate()
                ? OpenApiGeneratorInputs.load(request.workDirectory(), request.enrichedSpec()) : null;
        if (decision.upToDate() && saved == null) {
            decision = new Decision(false, "the mappings for OpenAPI Generator (" + OpenApiGeneratorInputs.FILE_NAME
                    + ") are missing");
        }
        log.info(decision.message());
        if (decision.upToDate()) {
            claims.claim(claimed(request, build.previousSources()));
            build.refresh();
            return new GenerationResult(request.enrichedSpec(), null, true, saved);
        }
        // Only now, with generation certain, is the convention read (a bad one fails before the
        // description is) and anything loaded that generating needs: an up-to-date build stops above.
        EnrichmentOptions enrichment = request.enrichment();
        SpecFormat format = SpecFormat.of(request.enrichedSpec());
        // The edit of a large JSON file would read all of it again for the places of its changes:
        // they are found beside the parse, on the CPU the parse leaves idle, instead.
        AtomicReference<BackgroundTask<JsonLayout>> scanning = new AtomicReference<>();
        BundledSpec bundled = new SpecLoader().bundle(request.inputSpec(), bytes -> {
            // Only a JSON enriched description is this JSON text edited; a YAML one is written from the tree.
            if (format == SpecFormat.JSON && bytes.length >= earlyLayoutBytes) {
                scanning.set(BackgroundTask.start("api-errors layout",
                        () -> JsonLayout.scan(bytes, Enricher.KEYS_ADDED_UNDER)));
            }
        });
        places.checkBeforeWriting(bundled.sources());
        ObjectNode document = bundled.document();
        EnrichmentReport report;
        try {
            report = new Enricher(enrichment).enrich(document);
        } catch (ApiErrorsException e) {
            reportWarnings(bundled.check(), log);
            throw e instanceof InvalidConventionException ? e
                    : new ApiErrorsException(bundled.mainResource().displayName() + ": " + e.getMessage(), e);
        }
        // From here on the tree is only read: Swagger Parser checks it while the outputs are
        // rendered, which on a large description saves most of the check's time.
        BackgroundTask<LoadedSpec> checking = BackgroundTask.start("api-errors check", bundled::check);
        IncrementalBuild.Outputs outputs;
        GeneratedFiles sources;
        OpenApiGeneratorInputs generatorInputs;
        try {
            BackgroundTask<JsonLayout> layout = scanning.get();
            byte[] enriched = new EnrichedDescription(bundled.authorText(), format,
                    bundled.mainResource().displayName(), layout == null ? null : layout::join)
                    .write(document, report.additions(), log);
            SourcesOptions sourcesOptions = request.sourcesOptions();
            JavaSources java = new JavaSources();
            sources = java.generate(document, sourcesOptions);
            generatorInputs = OpenApiGeneratorInputs.of(request.enrichedSpec(), java.mappings(sourcesOptions));
            outputs = build.outputs(enriched, sources);
        } catch (RuntimeException | Error e) {
            reportWarnings(checking.join(), log);
            throw e;
        }
        LoadedSpec spec = checking.join();
        reportWarnings(spec, log);
        claims.claim(claimed(request, sources.files().keySet()));
        ForeignFiles.check(request.outputDirectory(), request.buildDirectory(), sources.files(), build.writtenBefore(),
                request.force());
        // before the state: a state that says "up to date" always finds the mappings beside it
        generatorInputs.save(request.workDirectory());
        build.write(spec.sources(), outputs, log);
        log.info("Enriched description: " + request.enrichedSpec());
        log.info("api-errors: " + report.summary());
        return new GenerationResult(request.enrichedSpec(), report, false, generatorInputs);
    }

    /** The files a run writes, each named by the parameters that choose its place. */
    private static List<NamedPath> claimed(GenerationRequest request, Collection<String> sources) {
        List<NamedPath> files = new ArrayList<>();
        files.add(new NamedPath("enrichedSpec", request.enrichedSpec()));
        for (String source : sources) {
            files.add(new NamedPath("outputDirectory or basePackage", request.outputDirectory().resolve(source)));
        }
        return files;
    }

    /** What the incremental build fingerprints, and where it keeps its state. */
    static IncrementalOptions incrementalOptions(GenerationRequest request) {
        return new IncrementalOptions(request.inputSpec(), Configuration.of(request), request.templateDirectory(),
                request.outputDirectory(), request.enrichedSpec(), request.workDirectory(), request.force());
    }

    static void reportWarnings(LoadedSpec spec, BuildLog log) {
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
