package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every broken description of the corpus in {@code src/test/resources/bad} fails the pipeline with
 * one message that names the file (and the line and column where the parser knows them) and says
 * what is wrong, and nothing is written.
 */
class BadDescriptionTest {

    /** Only a guard against hangs: every case fails far sooner, and speed is measured in bench/. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    Path work;

    static Stream<Arguments> corpus() {
        return Stream.of(
                bad("empty.yaml", "empty.yaml", "is empty", "expected an OpenAPI description"),
                bad("comments-only.yaml", "comments-only.yaml", "is empty"),
                bad("binary-garbage.yaml", "binary-garbage.yaml", ":1: the file is not UTF-8 text", "save it as UTF-8"),
                bad("nul-bytes.json", "nul-bytes.json", ":2: the file contains NUL characters", "binary file"),
                bad("syntax-error.yaml", "syntax-error.yaml", ":4:11: invalid YAML",
                        "mapping values are not allowed here"),
                bad("unclosed-flow.yaml", "unclosed-flow.yaml", ":3:1: invalid YAML", "expected ',' or '}'"),
                bad("tab-indented.yaml", "tab-indented.yaml", ":3:1: invalid YAML", "TAB"),
                bad("syntax-error.json", "syntax-error.json", ":3:33: invalid JSON", "was expecting comma"),
                bad("trailing-garbage.json", "trailing-garbage.json", ":2:1: invalid JSON"),
                bad("list.yaml", "list.yaml", "an OpenAPI description is a mapping of keys", "holds a list"),
                bad("scalar.yaml", "scalar.yaml", "an OpenAPI description is a mapping of keys", "a single value"),
                bad("no-version.yaml", "no-version.yaml", "not an OpenAPI description",
                        "neither an 'openapi' nor a 'swagger' field"),
                bad("openapi-4.yaml", "openapi-4.yaml", "unsupported version 'openapi: \"4.0.0\"'",
                        "supported are OpenAPI 3.0.x and 3.1.x"),
                bad("swagger-1.2.yaml", "swagger-1.2.yaml", "unsupported version 'swagger: \"1.2\"'",
                        "Swagger 2.0"),
                bad("openapi-number.yaml", "openapi-number.yaml", "unsupported version 'openapi: 3.1'",
                        "that is a number"),
                bad("paths-not-a-mapping.yaml", "paths-not-a-mapping.yaml", "the description cannot be used",
                        "'paths' must be a mapping"),
                bad("operation-is-text.yaml", "operation-is-text.yaml", "the description cannot be used",
                        "'paths.'/pets'.get' must be a mapping"),
                bad("responses-is-list.yaml", "responses-is-list.yaml", "the description cannot be used",
                        "responses' must be a mapping"),
                bad("ref-is-number.yaml", "ref-is-number.yaml", "the description cannot be used",
                        "$ref' must be text"),
                bad("swagger2-paths-not-a-mapping.yaml", "swagger2-paths-not-a-mapping.yaml",
                        "the description cannot be used", "'paths' must be a mapping"),
                bad("swagger2-operation-is-text.yaml", "swagger2-operation-is-text.yaml",
                        "the description cannot be used", "'paths.'/pets'.get' must be a mapping"),
                bad("unresolved-local-ref.yaml", "unresolved-local-ref.yaml",
                        "unresolved $ref '#/components/schemas/Pet'", "at paths./pets.get.responses.200"),
                bad("swagger2-unresolved-ref.yaml", "swagger2-unresolved-ref.yaml",
                        "unresolved $ref '#/definitions/Pet'", "has nothing at '/definitions/Pet'"),
                bad("missing-file-ref/openapi.yaml", "missing-file-ref/paths/pets.yaml", "does not exist",
                        "referenced at paths./pets of " + corpus("missing-file-ref/openapi.yaml")),
                bad("swagger2-missing-file-ref/swagger.yaml", "swagger2-missing-file-ref/definitions/pet.yaml",
                        "does not exist", "referenced by $ref 'definitions/pet.yaml#/Pet'",
                        "in " + corpus("swagger2-missing-file-ref/swagger.yaml")),
                bad("swagger2-broken-ref-file/swagger.yaml", "swagger2-broken-ref-file/definitions.yaml",
                        ":5:1: invalid YAML", "referenced by $ref 'definitions.yaml#/Pet'",
                        "in " + corpus("swagger2-broken-ref-file/swagger.yaml")),
                bad("remote-ref.yaml", "remote-ref.yaml", "remote references are not supported"),
                bad("ref-cycle/openapi.yaml", "ref-cycle/openapi.yaml", "$ref cycle",
                        corpus("ref-cycle/a.yaml") + "#/Pet -> " + corpus("ref-cycle/b.yaml") + "#/Animal -> "
                                + corpus("ref-cycle/a.yaml") + "#/Pet"),
                bad("swagger2-ref-cycle/swagger.yaml", "swagger2-ref-cycle/swagger.yaml", "$ref cycle",
                        corpus("swagger2-ref-cycle/a.yaml") + "#/Pet -> " + corpus("swagger2-ref-cycle/b.yaml")
                                + "#/Animal -> " + corpus("swagger2-ref-cycle/a.yaml") + "#/Pet"),
                bad("duplicate-keys.yaml", "duplicate-keys.yaml", ":11:3: duplicate key '/pets'"),
                bad("duplicate-keys.json", "duplicate-keys.json", ":5:10: invalid JSON: Duplicate field 'paths'"),
                bad("alias-bomb.yaml", "alias-bomb.yaml", "YAML aliases expand the document far beyond its size"),
                bad("alias-recursion.yaml", "alias-recursion.yaml", ":6:9: a YAML alias refers to the node that"
                        + " contains it"),
                bad("ref-bomb/openapi.yaml", "ref-bomb/openapi.yaml",
                        "the $refs between files copy the same objects so often"),
                bad("deep-10000.json", "deep-10000.json", "nested more than 1000 levels deep"),
                bad("deep-10000.yaml", "deep-10000.yaml", "nested more than 1000 levels deep"),
                bad("latin-1.yaml", "latin-1.yaml", ":3: the file is not UTF-8 text", "save it as UTF-8"),
                bad("latin-1.json", "latin-1.json", ":3: the file is not UTF-8 text (invalid byte at offset 48)",
                        "save it as UTF-8"),
                bad("overlong-utf8.json", "overlong-utf8.json",
                        ":2: the file is not UTF-8 text (invalid byte at offset 35)", "save it as UTF-8"),
                // the column counts characters, not UTF-8 bytes (it would be 38)
                bad("syntax-error-after-accents.json", "syntax-error-after-accents.json", ":2:33: invalid JSON",
                        "was expecting comma"),
                bad("utf-16.yaml", "utf-16.yaml", "the file is UTF-16 text; save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badDescriptionFailsWithOneClearMessageAndWritesNothing(String input, Path named, List<String> fragments) {
        ApiErrorsException failure = failure(corpus(input));

        assertThat(failure.getMessage())
                .as("names the file")
                .contains(named.toString())
                .contains(fragments);
        assertNothingWritten();
    }

    @Test
    void missingInputSpecNamesThePath() {
        Path missing = work.resolve("src/main/openapi/missing.yaml");

        ApiErrorsException failure = failure(missing);

        assertThat(failure.getMessage()).isEqualTo(missing + " does not exist");
        assertNothingWritten();
    }

    @Test
    void folderAsInputSpecIsNamedAsAFolder() throws IOException {
        Path folder = Files.createDirectories(work.resolve("openapi.yaml"));

        ApiErrorsException failure = failure(folder);

        assertThat(failure.getMessage()).isEqualTo(folder + " is a folder, not an OpenAPI description file");
        assertNothingWritten();
    }

    @Test
    void fileLargerThanAnyDescriptionIsRefusedBeforeItIsRead() throws IOException {
        Path huge = work.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(257L * 1024 * 1024); // sparse: no disk space, nothing to read
        }

        ApiErrorsException failure = failure(huge);

        assertThat(failure.getMessage()).isEqualTo(huge + " is larger than 256 MiB, too large for an OpenAPI description");
        assertNothingWritten();
    }

    static Path corpus(String name) {
        try {
            return Path.of(BadDescriptionTest.class.getResource("/bad/").toURI()).resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arguments bad(String input, String named, String... fragments) {
        return Arguments.of(input, corpus(named), List.of(fragments));
    }

    private ApiErrorsException failure(Path spec) {
        GenerationRequest request = new GenerationRequest(new FileResource(spec), enrichedSpec(), outputDirectory(),
                "com.example.errors", Framework.NONE, EnrichmentOptions.defaults(), null, work.resolve("state"), false);
        ApiErrorsException failure = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(
                ApiErrorsException.class, () -> new ApiErrorsGenerator().generate(request, BuildLog.silent())));
        assertClear(failure);
        return failure;
    }

    private Path enrichedSpec() {
        return work.resolve("enriched/openapi.yaml");
    }

    private Path outputDirectory() {
        return work.resolve("java");
    }

    /** One message for the build log: no Java exception names, no stack frames. */
    static void assertClear(ApiErrorsException failure) {
        assertThat(failure).as("failed with the plugin's error").isNotNull();
        assertThat(failure.getMessage())
                .doesNotContain("Exception")
                .doesNotContainPattern("\\n\\s*at [a-z]+\\.");
    }

    private void assertNothingWritten() {
        assertThat(enrichedSpec().getParent()).doesNotExist();
        assertThat(outputDirectory()).doesNotExist();
    }
}
