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
        GenerationRequest base = TestProjects.request(project);
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
}
