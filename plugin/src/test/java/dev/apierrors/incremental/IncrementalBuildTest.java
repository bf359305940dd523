package dev.apierrors.incremental;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.Workspace;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.render.GeneratedFiles;
import dev.apierrors.render.TemplateSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision and the bookkeeping around a generation, with Java sources made up by the test. */
class IncrementalBuildTest {

    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    private final BuildLog buildLog = new BuildLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
            log.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };

    private static GeneratedFiles files(String... names) {
        GeneratedFiles files = new GeneratedFiles();
        for (String name : names) {
            files.add(name, ("// " + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private IncrementalBuild open(IncrementalOptions request, Workspace workspace) {
        return IncrementalBuild.open(request, workspace, getClass().getClassLoader(), TemplateSet.DEFAULTS);
    }

    /** A whole build as the generator runs it, with made-up sources. */
    private Decision build(IncrementalOptions request, Workspace workspace, GeneratedFiles files) {
        IncrementalBuild build = open(request, workspace);
        Decision decision = build.check();
        if (!decision.upToDate()) {
            LoadedSpec spec = new SpecLoader().load(request.inputSpec());
            build.write(spec.sources(), "openapi: 3.0.3\n".getBytes(StandardCharsets.UTF_8), files, buildLog);
        }
        return decision;
    }

    private Path out(String name) {
        return project.resolve("target/generated-sources/api-errors").resolve(name);
    }

    @Test
    void the_first_build_generates_and_the_second_is_up_to_date() {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));

        Decision first = build(request, Workspace.commandLine(), files("com/example/errors/ApiError.java"));
        Decision second = build(request, Workspace.commandLine(), files("com/example/errors/ApiError.java"));

        assertThat(first.upToDate()).isFalse();
        assertThat(first.reason()).startsWith("no earlier build recorded");
        assertThat(second.upToDate()).as(second.reason()).isTrue();
        assertThat(second.message()).isEqualTo("api-errors: skipped generation, outputs up to date: the description"
                + " (2 files), the configuration, the templates and the plugin are as in the last build, and its"
                + " outputs (2 files) are unmodified");
    }

    @Test
    void a_change_to_a_referenced_file_regenerates_and_names_it() {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        build(request, Workspace.commandLine(), files("A.java"));
        TestProjects.write(project.resolve("spec/schemas.yaml"), TestProjects.SCHEMAS + "    description: a pet\n");

        Decision decision = open(request, Workspace.commandLine()).check();

        assertThat(decision.upToDate()).isFalse();
        assertThat(decision.reason()).isEqualTo(project.resolve("spec/schemas.yaml").toAbsolutePath() + " changed");
    }

    @Test
    void a_deleted_or_edited_output_regenerates() throws Exception {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        build(request, Workspace.commandLine(), files("a/A.java", "a/B.java"));

        Files.delete(out("a/A.java"));
        Decision deleted = build(request, Workspace.commandLine(), files("a/A.java", "a/B.java"));
        Files.writeString(out("a/B.java"), "// mine now\n");
        Decision edited = build(request, Workspace.commandLine(), files("a/A.java", "a/B.java"));

        assertThat(deleted.upToDate()).isFalse();
        assertThat(deleted.reason()).contains("A.java").endsWith("is gone");
        assertThat(edited.upToDate()).isFalse();
        assertThat(edited.reason()).contains("B.java").endsWith("was modified");
        assertThat(out("a/A.java")).hasContent("// a/A.java");
        assertThat(out("a/B.java")).hasContent("// a/B.java");
    }

    @Test
    void force_regenerates() {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        build(request, Workspace.commandLine(), files("A.java"));

        Decision decision = open(TestProjects.forced(request), Workspace.commandLine()).check();

        assertThat(decision.upToDate()).isFalse();
        assertThat(decision.reason()).isEqualTo("forced (api-errors.force)");
    }

    @Test
    void files_no_longer_generated_are_removed_and_hand_written_ones_kept() throws Exception {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        build(request, Workspace.commandLine(), files("com/one/ApiError.java", "com/one/Handler.java"));
        Path handwritten = out("com/one/Handwritten.java");
        Files.writeString(handwritten, "class Handwritten {}\n");

        build(TestProjects.forced(request), Workspace.commandLine(), files("com/two/ApiError.java"));

        assertThat(out("com/one/ApiError.java")).doesNotExist();
        assertThat(out("com/one/Handler.java")).doesNotExist();
        assertThat(handwritten).exists();
        assertThat(out("com/two/ApiError.java")).exists();
        assertThat(log).contains("INFO api-errors: removed 2 files that earlier builds generated and this one no longer does");
    }

    @Test
    void a_build_that_stopped_half_way_is_not_up_to_date_and_its_files_are_cleaned_up_later() throws Exception {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        build(request, Workspace.commandLine(), files("com/one/A.java"));
        // what a build stopped while writing leaves: the state under way, then some of its files
        StateStore store = new StateStore(request.workDirectory());
        BuildState complete = store.read(new StringBuilder()).orElseThrow();
        Path work = request.workDirectory().toAbsolutePath().normalize();
        OutputManifest interrupted = OutputManifest.of(work, request.outputDirectory(),
                files("com/half/B.java").files(), request.enrichedSpec(), "x".getBytes(StandardCharsets.UTF_8));
        store.write(new BuildState(null, List.of(interrupted, complete.outputs().get(0))));
        Files.createDirectories(out("com/half"));
        Files.writeString(out("com/half/B.java"), "// com/half/B.java\n");

        Decision decision = build(request, Workspace.commandLine(), files("com/three/C.java"));

        assertThat(decision.upToDate()).isFalse();
        assertThat(decision.reason()).contains("stopped before it finished");
        assertThat(out("com/half/B.java")).as("written by the stopped build").doesNotExist();
        assertThat(out("com/one/A.java")).as("written by the build before").doesNotExist();
        assertThat(out("com/three/C.java")).exists();
        assertThat(open(request, Workspace.commandLine()).check().upToDate()).isTrue();
    }

    @Test
    void the_outputs_are_refreshed_whether_generated_or_not() {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        RecordingWorkspace workspace = new RecordingWorkspace(false);
        build(request, workspace, files("A.java"));
        IncrementalBuild skipped = open(request, workspace);
        assertThat(skipped.check().upToDate()).isTrue();
        skipped.refresh();

        assertThat(workspace.refreshed).containsExactly(request.outputDirectory(), request.enrichedSpec(),
                request.outputDirectory(), request.enrichedSpec());
    }

    @Test
    void in_an_ide_build_the_ide_decides_which_files_changed() {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        build(request, Workspace.commandLine(), files("A.java"));
        // changed on disk, but the IDE says nothing changed: it is trusted, the files are not read
        TestProjects.write(project.resolve("spec/schemas.yaml"), TestProjects.SCHEMAS + "    description: a pet\n");

        Decision trusted = open(request, new RecordingWorkspace(true)).check();
        Decision told = open(request, new RecordingWorkspace(true).changed(project.resolve("spec/schemas.yaml"))).check();
        Decision outputTouched = open(request, new RecordingWorkspace(true).changed(out("A.java"))).check();

        assertThat(trusted.upToDate()).isTrue();
        assertThat(trusted.reason()).startsWith("the IDE reports no change");
        assertThat(told.upToDate()).isFalse();
        assertThat(told.reason()).endsWith("schemas.yaml changed");
        assertThat(outputTouched.upToDate()).as("falls back to digests, which see the changed input").isFalse();
    }

    @Test
    void files_settled_before_the_build_are_stamped_and_a_later_edit_is_still_seen() throws Exception {
        IncrementalOptions request = TestProjects.options(TestProjects.create(project));
        Path main = project.resolve("spec/openapi.yaml");
        Files.setLastModifiedTime(main, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        build(request, Workspace.commandLine(), files("A.java"));

        List<SourceDigest> recorded = new StateStore(request.workDirectory()).read(new StringBuilder())
                .orElseThrow().fingerprint().sources();
        assertThat(recorded.get(0).stamp()).as("settled a minute ago").isEqualTo(Stamp.of(main));
        assertThat(recorded.get(1).stamp()).as("written just now: it may still have been changing").isNull();
        assertThat(open(request, Workspace.commandLine()).check().upToDate()).isTrue();

        TestProjects.write(main, TestProjects.MAIN.replace("title: Pets", "title: Cats"));
        Decision decision = open(request, Workspace.commandLine()).check();
        assertThat(decision.upToDate()).isFalse();
        assertThat(decision.reason()).endsWith("openapi.yaml changed");
    }
}
