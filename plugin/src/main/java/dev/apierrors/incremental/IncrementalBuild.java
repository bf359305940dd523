package dev.apierrors.incremental;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.FileProblem;
import dev.apierrors.shared.Workspace;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.render.GeneratedFiles;
import dev.apierrors.render.LeftoverTemporaries;
import dev.apierrors.render.OutputWriter;
import dev.apierrors.render.TemplateSet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One build seen by what the previous build left in the work directory: decides whether anything
 * must be generated — without parsing the description, only by digesting files again — and, when
 * something is, writes the outputs, removes those no longer generated and records the new state.
 * Holds no state beyond one build, so parallel builds of different modules never meet here.
 */
public final class IncrementalBuild {

    private final IncrementalOptions request;
    private final Workspace workspace;
    private final StateStore store;
    private final Path workDirectory;
    private final String plugin;
    private final SortedMap<String, String> configuration;
    private final SortedMap<String, String> templates;
    private final BuildState previous;
    private final String previousProblem;
    /** Before anything of the description was read: files changed since may have changed while read. */
    private final Instant opened = Instant.now();

    private IncrementalBuild(IncrementalOptions request, Workspace workspace, ClassLoader templateLoader,
                             String defaultTemplates) {
        this.request = request;
        this.workspace = workspace;
        this.workDirectory = request.workDirectory().toAbsolutePath().normalize();
        this.store = new StateStore(workDirectory);
        this.plugin = PluginVersion.current();
        this.configuration = request.configuration();
        this.templates = new Templates(templateLoader, defaultTemplates).digests(request.templateDirectory());
        StringBuilder problem = new StringBuilder();
        this.previous = store.read(problem).orElse(null);
        this.previousProblem = problem.length() == 0 ? null : problem.toString();
    }

    /** Reads what the last build of {@code request}'s work directory left. */
    public static IncrementalBuild open(IncrementalOptions request, Workspace workspace) {
        return open(request, workspace, TemplateSet.class.getClassLoader(), TemplateSet.DEFAULTS);
    }

    static IncrementalBuild open(IncrementalOptions request, Workspace workspace, ClassLoader templateLoader,
                                 String defaultTemplates) {
        return new IncrementalBuild(request, workspace, templateLoader, defaultTemplates);
    }

    public Decision check() {
        if (request.force()) {
            return Decision.regenerate("forced (api-errors.force)");
        }
        if (previous == null) {
            return Decision.regenerate(previousProblem == null ? "no earlier build recorded in " + store.file()
                    : previousProblem);
        }
        if (!previous.complete()) {
            return Decision.regenerate("the previous build stopped before it finished writing its outputs");
        }
        Fingerprint before = previous.fingerprint();
        OutputManifest outputs = previous.outputs().get(0);
        if (workspace.isIncremental() && ideSeesNoChange(before, outputs)) {
            return Decision.upToDate("the IDE reports no change to the description (" + files(before.sources().size())
                    + "), the templates or the outputs, and the configuration and the plugin are as in the last build");
        }
        Fingerprint now = new Fingerprint(plugin, configuration, templates,
                new SourceFiles(request.inputSpec()).rehash(before.sources()));
        String difference = now.differenceFrom(before);
        if (difference != null) {
            return Decision.regenerate(difference);
        }
        String damage = outputs.damage(workDirectory);
        if (damage != null) {
            return Decision.regenerate(damage);
        }
        return Decision.upToDate("the description (" + files(now.sources().size()) + "), the configuration, the"
                + " templates and the plugin are as in the last build, and its outputs (" + files(outputs.size())
                + ") are unmodified");
    }

    /**
     * Puts the outputs of a generation in place: first records that a build is under way (so that
     * a build stopped half-way is never taken as up to date, and its files are known), then writes,
     * removes what earlier builds generated and this one did not, and records what was made from what.
     */
    public void write(List<LoadedSpec.SourceFile> sources, byte[] enriched, GeneratedFiles files, BuildLog log) {
        write(sources, outputs(enriched, files), log);
    }

    /**
     * The outputs about to be written, with their digests taken now: a caller that still waits
     * for other work (Swagger Parser's check) takes them meanwhile.
     */
    public Outputs outputs(byte[] enriched, GeneratedFiles files) {
        return new Outputs(enriched, files, OutputManifest.of(workDirectory, request.outputDirectory(), files.files(),
                request.enrichedSpec(), enriched));
    }

    /** What {@link #write(List, Outputs, BuildLog)} writes: the contents and their manifest. */
    public static final class Outputs {
        private final byte[] enriched;
        private final GeneratedFiles files;
        private final OutputManifest manifest;

        private Outputs(byte[] enriched, GeneratedFiles files, OutputManifest manifest) {
            this.enriched = enriched;
            this.files = files;
            this.manifest = manifest;
        }
    }

    public void write(List<LoadedSpec.SourceFile> sources, Outputs outputs, BuildLog log) {
        OutputManifest manifest = outputs.manifest;
        byte[] enriched = outputs.enriched;
        GeneratedFiles files = outputs.files;
        List<OutputManifest> earlier = previous == null ? List.of() : previous.outputs();
        List<OutputManifest> underWay = new ArrayList<>();
        underWay.add(manifest);
        underWay.addAll(earlier);
        try (WriteLock lock = WriteLock.take(workDirectory)) {
            store.write(new BuildState(null, underWay));
            // what a build killed while writing left: temporary files beside the outputs it knew
            List<Path> known = new ArrayList<>(manifest.files(workDirectory).keySet());
            earlier.forEach(before -> known.addAll(before.files(workDirectory).keySet()));
            LeftoverTemporaries.remove(known);
            StaleOutputs stale = new StaleOutputs(workDirectory);
            StaleOutputs.Removal removal = stale.find(earlier, manifest.files(workDirectory).keySet());
            new OutputWriter().write(request.enrichedSpec(), enriched, request.outputDirectory(), files,
                    removal.removed());
            stale.removeEmptyFolders(earlier, removal);
            report(removal, log);
            List<SourceDigest> digests = new ArrayList<>();
            for (LoadedSpec.SourceFile source : sources) {
                String key = source.resource().key();
                Stamp stamp = SourceFiles.path(key).map(path -> Stamp.ifSettled(path, opened)).orElse(null);
                digests.add(new SourceDigest(key, source.sha256(), stamp));
            }
            store.write(new BuildState(new Fingerprint(plugin, configuration, templates, digests),
                    List.of(manifest.stamped(workDirectory))));
            removal.removed().forEach(workspace::refresh);
        } catch (IOException e) {
            throw new ApiErrorsException("cannot write the outputs: " + FileProblem.describe(e), e);
        } finally {
            refresh();
        }
    }

    /** The Java sources the last build wrote, relative to its output folder; none when there was none. */
    public Set<String> previousSources() {
        return previous == null || previous.outputs().isEmpty() ? Set.of() : previous.outputs().get(0).sources().keySet();
    }

    /** Every file an earlier build of this execution recorded writing (a stopped build's included). */
    public Set<Path> writtenBefore() {
        Set<Path> written = new HashSet<>();
        if (previous != null) {
            previous.outputs().forEach(manifest -> written.addAll(manifest.files(workDirectory).keySet()));
        }
        return written;
    }

    /** Tells the IDE to look at the outputs again; done on every path, generated or not. */
    public void refresh() {
        workspace.refresh(request.outputDirectory());
        workspace.refresh(request.enrichedSpec());
    }

    private boolean ideSeesNoChange(Fingerprint before, OutputManifest outputs) {
        if (!before.plugin().equals(plugin) || !before.configuration().equals(configuration)
                || !before.templates().equals(templates)) {
            return false;
        }
        for (SourceDigest source : before.sources()) {
            Optional<Path> file = SourceFiles.path(source.resource());
            if (file.isEmpty() || workspace.mayHaveChanged(file.get())) {
                return false;
            }
        }
        if (request.templateDirectory() != null && workspace.mayHaveChanged(request.templateDirectory())) {
            return false;
        }
        for (Path location : outputs.locations(workDirectory)) {
            if (workspace.mayHaveChanged(location)) {
                return false;
            }
        }
        return true;
    }

    private static void report(StaleOutputs.Removal removal, BuildLog log) {
        if (!removal.removed().isEmpty()) {
            log.info("api-errors: removed " + files(removal.removed().size())
                    + " that earlier builds generated and this one no longer does");
        }
        for (Path path : removal.edited()) {
            log.warn("api-errors: removed " + path + ", which is no longer generated; it had been edited"
                    + " since it was generated");
        }
    }

    private static String files(int count) {
        return count == 1 ? "1 file" : count + " files";
    }
}
