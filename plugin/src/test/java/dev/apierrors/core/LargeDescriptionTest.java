package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Descriptions at the edges of the limits are read, not refused: files beyond Swagger Parser's
 * 3 MiB YAML limit (which is a JVM-wide system property the plugin never sets) and nesting up to
 * the reader's limit on an ordinary thread stack.
 */
class LargeDescriptionTest {

    /** Swagger Parser's default limit of YAML code points, read from system property maxYamlCodePoints. */
    private static final int SWAGGER_PARSER_YAML_LIMIT = 3 * 1024 * 1024;
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    private static final List<String> SWAGGER_PARSER_PROPERTIES = List.of("maxYamlCodePoints", "maxYamlDepth",
            "maxYamlAliasesForCollections", "maxYamlReferences", "yamlAllowRecursiveKeys", "yamlCycleCheck");

    @TempDir
    Path work;

    @Test
    void openApiYamlBeyondSwaggerParsersLimitIsEnriched() throws IOException {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo:\n  title: Large\n  version: '1'\npaths:\n");
        int operations = 0;
        while (yaml.length() < SWAGGER_PARSER_YAML_LIMIT + (512 << 10)) {
            yaml.append("  /items").append(operations).append("/{id}:\n    get:\n      operationId: getItem")
                    .append(operations).append("\n      summary: Reads item ").append(operations)
                    .append(" of the large description\n      parameters:\n        - name: id\n          in: path\n")
                    .append("          required: true\n          schema:\n            type: string\n")
                    .append("      responses:\n        '200':\n          description: The item\n");
            operations++;
        }
        Path spec = Files.writeString(work.resolve("large.yaml"), yaml);

        GenerationResult result = generate(spec);

        assertThat(result.report().operations()).isEqualTo(operations);
        assertThat(Files.readString(work.resolve("out/openapi.yaml"))).contains("getItem" + (operations - 1));
        assertThat(SWAGGER_PARSER_PROPERTIES).allSatisfy(name -> assertThat(System.getProperty(name))
                .as("JVM-wide Swagger Parser setting %s", name).isNull());
    }

    @Test
    void swagger2YamlBeyondSwaggerParsersLimitIsConverted() throws IOException {
        StringBuilder yaml = new StringBuilder("swagger: '2.0'\ninfo:\n  title: Large\n  version: '1'\npaths:\n");
        int operations = 0;
        while (yaml.length() < SWAGGER_PARSER_YAML_LIMIT + (512 << 10)) {
            yaml.append("  /items").append(operations).append(":\n    get:\n      operationId: getItem")
                    .append(operations).append("\n      summary: Reads item ").append(operations)
                    .append(" of the large description\n      responses:\n        '200':\n")
                    .append("          description: The item\n          schema:\n            type: string\n");
            operations++;
        }
        Path spec = Files.writeString(work.resolve("large.yaml"), yaml);

        GenerationResult result = generate(spec);

        assertThat(result.report().operations()).isEqualTo(operations);
    }

    @Test
    void nestingUpToTheLimitIsEnrichedOnAThreadWithAnOrdinaryStack() throws Exception {
        // schemas nested 495 deep: about 990 levels of mappings, just inside the reader's limit of 1000
        int schemas = 495;
        StringBuilder json = new StringBuilder("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
                + "\"paths\":{\"/a\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":"
                + "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Deep\"}}}}}}}},"
                + "\"components\":{\"schemas\":{\"Deep\":");
        json.append("{\"type\":\"object\",\"properties\":{\"a\":".repeat(schemas)).append("{\"type\":\"string\"}")
                .append("}}".repeat(schemas)).append("}}}");
        Path spec = Files.writeString(work.resolve("deep.json"), json, StandardCharsets.UTF_8);

        AtomicReference<Object> outcome = new AtomicReference<>();
        // 1 MiB: the default stack of threads other than main, those of parallel builds among them
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(generate(spec));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "ordinary-stack", 1 << 20);
        thread.start();
        thread.join(HANG_GUARD.toMillis());

        assertThat(outcome.get()).isInstanceOf(GenerationResult.class);
        assertThat(((GenerationResult) outcome.get()).report().operations()).isEqualTo(1);
    }

    private GenerationResult generate(Path spec) {
        GenerationRequest request = new GenerationRequest(new FileResource(spec), work.resolve("out/openapi.yaml"),
                work.resolve("out/java"), "com.example.errors", Framework.NONE, EnrichmentOptions.defaults(), null,
                work.resolve("state"), false);
        return assertTimeoutPreemptively(HANG_GUARD, () -> new ApiErrorsGenerator().generate(request, BuildLog.silent()));
    }
}
