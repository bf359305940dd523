package dev.apierrors.core;

import dev.apierrors.incremental.TestProjects;
import dev.apierrors.shared.BuildLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The project properties for OpenAPI Generator, after a generation and after a skipped one. */
class OpenApiGeneratorInputsTest {

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

    @Test
    void a_generation_gives_the_enriched_description_and_the_mappings() {
        GenerationRequest request = TestRequests.request(TestProjects.create(dir));

        Map<String, String> properties = new ApiErrorsGenerator().generate(request, buildLog).generatorInputs()
                .properties();

        assertThat(properties).containsExactly(
                Map.entry("api-errors.enrichedSpec", request.enrichedSpec().toAbsolutePath().normalize().toString()),
                Map.entry("api-errors.schemaMappings", "ApiError=com.example.errors.ApiError,"
                        + "ApiValidationError=com.example.errors.ApiValidationError,"
                        + "ApiValidationError_detail_inner=com.example.errors.ValidationDetail"),
                Map.entry("api-errors.importMappings", "ApiError=com.example.errors.ApiError,"
                        + "ApiValidationError=com.example.errors.ApiValidationError,"
                        + "ValidationDetail=com.example.errors.ValidationDetail"));
    }

    @Test
    void a_skipped_generation_gives_the_same_from_what_the_last_one_saved() throws Exception {
        GenerationRequest request = TestRequests.request(TestProjects.create(dir));
        OpenApiGeneratorInputs generated = new ApiErrorsGenerator().generate(request, buildLog).generatorInputs();
        Path saved = request.workDirectory().resolve(OpenApiGeneratorInputs.FILE_NAME);
        // what a skipped build publishes is what was saved, not computed again
        Files.writeString(saved, Files.readString(saved).replace("com.example.errors.ApiError,", "saved.ApiError,"));

        GenerationResult skipped = new ApiErrorsGenerator().generate(request, buildLog);

        assertThat(skipped.skipped()).isTrue();
        assertThat(skipped.generatorInputs().enrichedSpec()).isEqualTo(generated.enrichedSpec());
        assertThat(skipped.generatorInputs().schemaMappings()).startsWith("ApiError=saved.ApiError,");
        assertThat(skipped.generatorInputs().importMappings()).startsWith("ApiError=saved.ApiError,");
    }

    @Test
    void without_the_saved_mappings_the_goal_generates_again() throws Exception {
        GenerationRequest request = TestRequests.request(TestProjects.create(dir));
        OpenApiGeneratorInputs generated = new ApiErrorsGenerator().generate(request, buildLog).generatorInputs();
        Files.delete(request.workDirectory().resolve(OpenApiGeneratorInputs.FILE_NAME));
        log.clear();

        GenerationResult again = new ApiErrorsGenerator().generate(request, buildLog);

        assertThat(again.skipped()).isFalse();
        assertThat(log.get(0)).isEqualTo("api-errors: generating: the mappings for OpenAPI Generator"
                + " (openapi-generator.properties) are missing");
        assertThat(again.generatorInputs()).isEqualTo(generated);
        assertThat(request.workDirectory().resolve(OpenApiGeneratorInputs.FILE_NAME)).isRegularFile();
    }
}
