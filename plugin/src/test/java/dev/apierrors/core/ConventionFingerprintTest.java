package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.incremental.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A change to the convention file is a change of the build's inputs: the next build regenerates. */
class ConventionFingerprintTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private final BuildLog buildLog = new BuildLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };

    private GenerationRequest request(Path project) {
        GenerationRequest base = TestRequests.request(project);
        return new GenerationRequest(base.inputSpec(), base.enrichedSpec(), base.outputDirectory(), base.basePackage(),
                base.framework(), base.enrichment().withConvention(ConventionReader.resolve("errors.yaml", project)),
                base.templateDirectory(), base.workDirectory(), false);
    }

    @Test
    void anEditedConventionRegeneratesAndAnUnchangedOneSkips() throws IOException {
        Path project = TestProjects.create(dir);
        String standard;
        try (InputStream in = getClass().getResourceAsStream("/dev/apierrors/convention/standard.yaml")) {
            standard = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(project.resolve("errors.yaml"), standard);
        new ApiErrorsGenerator().generate(request(project), buildLog);
        log.clear();

        GenerationResult unchanged = new ApiErrorsGenerator().generate(request(project), buildLog);
        Files.writeString(project.resolve("errors.yaml"), standard
                .replace("The requested resource was not found.", "No such resource."));
        log.clear();
        GenerationResult edited = new ApiErrorsGenerator().generate(request(project), buildLog);

        assertThat(unchanged.skipped()).isTrue();
        assertThat(edited.skipped()).isFalse();
        assertThat(log.get(0)).contains("enrichment.convention.statuses");
        assertThat(Files.readString(dir.resolve("target/api-errors/openapi.yaml"))).contains("No such resource.");
    }

    /** The goal's settings as a build tool holds them until it knows it must generate. */
    record Settings(String convention) {
    }

    private GenerationRequest deferredRequest(Path project, int[] resolved) {
        GenerationRequest base = TestRequests.request(project);
        Path file = project.resolve("errors.yaml");
        EnrichmentSettings settings = EnrichmentSettings.deferred(new Settings("errors.yaml"),
                new dev.apierrors.load.FileResource(file), file, () -> {
                    resolved[0]++;
                    return base.enrichment().withConvention(ConventionReader.resolve("errors.yaml", project));
                });
        return new GenerationRequest(base.inputSpec(), base.enrichedSpec(), base.outputDirectory(), base.basePackage(),
                base.framework(), settings, base.templateDirectory(), base.workDirectory(), false,
                SourceFolders.none(), null, java.util.Set.of());
    }

    @Test
    void settingsReadOnlyWhenGeneratingSkipWithoutReadingTheConventionAndRegenerateWhenItsBytesChange()
            throws IOException {
        Path project = TestProjects.create(dir);
        String standard;
        try (InputStream in = getClass().getResourceAsStream("/dev/apierrors/convention/standard.yaml")) {
            standard = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(project.resolve("errors.yaml"), standard);
        int[] resolved = {0};
        assertThat(new ApiErrorsGenerator().generate(deferredRequest(project, resolved), buildLog).skipped()).isFalse();
        assertThat(resolved[0]).isEqualTo(1);

        log.clear();
        GenerationResult unchanged = new ApiErrorsGenerator().generate(deferredRequest(project, resolved), buildLog);
        assertThat(unchanged.skipped()).isTrue();
        assertThat(resolved[0]).as("an up-to-date build never reads the convention").isEqualTo(1);

        // only a comment: the convention means the same, but its bytes differ, and the build cannot
        // know what they mean without reading them
        Files.writeString(project.resolve("errors.yaml"), standard + "# reviewed\n");
        log.clear();
        GenerationResult edited = new ApiErrorsGenerator().generate(deferredRequest(project, resolved), buildLog);
        assertThat(edited.skipped()).isFalse();
        assertThat(resolved[0]).isEqualTo(2);
        assertThat(log.get(0)).contains("convention file digest");
    }
}
