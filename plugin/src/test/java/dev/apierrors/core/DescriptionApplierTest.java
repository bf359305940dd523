package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.TestSpecs;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.ClasspathResource;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DescriptionApplierTest {

    private static final EnrichmentOptions DEFAULTS = EnrichmentOptions.defaults();

    @TempDir
    Path folder;

    private final List<String> logged = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
            logged.add(message);
        }

        @Override
        public void warn(String message) {
            logged.add("WARN " + message);
        }
    };

    private DescriptionApplier.ApplyResult apply(Path spec, EnrichmentOptions options) {
        return new DescriptionApplier().apply(new DescriptionRequest(new FileResource(spec), options), log);
    }

    private static DescriptionChecker.CheckResult check(Path spec, EnrichmentOptions options) {
        return new DescriptionChecker().check(new DescriptionRequest(new FileResource(spec), options), BuildLog.silent());
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path copyOf(Path source) throws IOException {
        Path copy = folder.resolve("copy");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static Map<Path, String> contents(Path root) throws IOException {
        Map<Path, String> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file), Files.readString(file));
            }
        }
        return contents;
    }

    /** Every line of the original is in the new text, in the same order. */
    private static void assertKeepsEveryLine(String original, String edited) {
        List<String> lines = edited.lines().toList();
        int at = 0;
        for (String line : original.lines().toList()) {
            while (at < lines.size() && !lines.get(at).equals(line)) {
                at++;
            }
            assertThat(at).as("the line '%s' is kept, in order, in:\n%s", line, edited).isLessThan(lines.size());
            at++;
        }
    }

    @Test
    void theAuthorsYamlKeepsEveryLineAndGainsTheResponsesThenCheckPasses() throws IOException {
        String original = "# Pets, by the pets team\n"
                + "openapi: 3.0.3\n"
                + "info:\n"
                + "  title: 'Pets'\n"
                + "  description: |\n"
                + "    Line one.\n"
                + "    Line two.\n"
                + "  version: \"1.0\"\n"
                + "\n"
                + "paths:\n"
                + "    /pets/{id}:   # one pet\n"
                + "        get:\n"
                + "            responses:\n"
                + "                '200': {description: OK}   # the pet\n"
                + "        delete:\n"
                + "            operationId: deletePet\n";
        Path spec = write("openapi.yaml", original);

        DescriptionApplier.ApplyResult result = apply(spec, DEFAULTS);

        String edited = Files.readString(spec);
        assertThat(result.responses()).isEqualTo(14);
        assertThat(result.components()).isEqualTo(9);
        assertThat(result.files()).containsExactly(spec);
        assertKeepsEveryLine(original, edited);
        List<String> lines = edited.lines().toList();
        assertThat(lines.get(lines.indexOf("                '200': {description: OK}   # the pet") + 1))
                .as("the new responses follow the author's, at the same indentation").matches(" {16}[\"']?400[\"']?:");
        assertThat(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(edited)
                .at("/paths/~1pets~1{id}/get/responses/404/$ref").asText())
                .isEqualTo("#/components/responses/ApiErrorNotFound");
        assertThat(check(spec, DEFAULTS).findings()).isEmpty();
        assertThat(logged).contains("api-errors: 14 error responses and 9 components added to 1 file");
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {}\n");
        apply(spec, DEFAULTS);
        byte[] once = Files.readAllBytes(spec);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(spec, modified);
        logged.clear();

        DescriptionApplier.ApplyResult again = apply(spec, DEFAULTS);

        assertThat(again.files()).isEmpty();
        assertThat(Files.readAllBytes(spec)).isEqualTo(once);
        assertThat(Files.getLastModifiedTime(spec)).as("not even written again").isEqualTo(modified);
        assertThat(logged).contains("api-errors: nothing to add: the description has every error response of the"
                + " convention");
    }

    @Test
    void aSplitDescriptionGainsTheResponsesInEachFileAndGenerateThenAddsNothing() throws IOException {
        Path copy = copyOf(TestSpecs.path("multi"));
        Map<Path, String> before = contents(copy);
        Path main = copy.resolve("openapi.yaml");

        DescriptionApplier.ApplyResult result = apply(main, DEFAULTS);

        assertThat(result.files()).containsExactlyInAnyOrder(main, copy.resolve("paths/orders.yaml"),
                copy.resolve("paths/order.yaml"));
        Map<Path, String> after = contents(copy);
        before.forEach((file, text) -> assertKeepsEveryLine(text, after.get(file)));
        assertThat(after.get(Path.of("schemas/order.yaml"))).isEqualTo(before.get(Path.of("schemas/order.yaml")));
        assertThat(after.get(Path.of("paths/orders.yaml")))
                .as("in the quotes the file writes its references in")
                .contains("$ref: '../openapi.yaml#/components/responses/ApiErrorNotFound'");
        assertThat(check(main, DEFAULTS).findings()).isEmpty();
        GenerationResult generated = new ApiErrorsGenerator().generate(new GenerationRequest(new FileResource(main),
                folder.resolve("out/openapi.yaml"), folder.resolve("out/java"), "com.example.errors", Framework.NONE,
                DEFAULTS, null, folder.resolve("out/state"), false), BuildLog.silent());
        assertThat(generated.report().added()).as("generate finds nothing to add").isZero();
        assertThat(generated.report().authorDeclared()).isEqualTo(21);
    }

    @Test
    void jsonStaysJson() throws IOException {
        String original = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n"
                + "  \"paths\": {\n    \"/a\": {\n      \"get\": {\n        \"responses\": {\n"
                + "          \"200\": {\"description\": \"OK\"}\n        }\n      }\n    }\n  }\n}\n";
        Path spec = write("openapi.json", original);

        apply(spec, DEFAULTS.withCodes(Set.of(404)));

        String edited = Files.readString(spec);
        assertThat(edited).as("the text up to the author's last response is unchanged")
                .startsWith(original.substring(0, original.indexOf("\"200\"")));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(edited)
                .at("/paths/~1a/get/responses/404/$ref").asText()).isEqualTo("#/components/responses/ApiErrorNotFound");
        assertThat(check(spec, DEFAULTS.withCodes(Set.of(404))).findings()).isEmpty();
    }

    @Test
    void aMappingTheTextEditCannotChangeSafelyStopsEveryWrite() throws IOException {
        Path main = write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n"
                + "  /a: {$ref: 'a.yaml'}\n  /b: {$ref: 'b.yaml'}\n");
        write("a.yaml", "get:\n  responses: {'200': {description: OK}}\n");
        String aliased = "base: &base\n  '200': {description: OK}\nget:\n  responses:\n    <<: *base\n";
        write("b.yaml", aliased);
        Map<Path, String> before = contents(folder);

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> apply(main, DEFAULTS));

        assertThat(failure).hasMessageStartingWith(folder.resolve("b.yaml") + ": the error responses cannot be added"
                + " to this file's text safely: ");
        assertThat(contents(folder)).as("no file was written, none is left behind").isEqualTo(before);
    }

    @Test
    void aDescriptionOnTheClassPathCannotBeWritten() {
        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> new DescriptionApplier()
                .apply(new DescriptionRequest(new ClasspathResource(getClass().getClassLoader(),
                        "specs/petstore-30.yaml"), DEFAULTS), log));

        assertThat(failure).hasMessage("classpath:specs/petstore-30.yaml is not a file on disk: the goal apply"
                + " writes into the description's own files, so inputSpec must name a file of the project");
    }

    @Test
    void theComponentsCanGoToAFileOfTheirOwnWhichIsCreated() throws IOException {
        Path copy = copyOf(TestSpecs.path("multi"));
        Path main = copy.resolve("openapi.yaml");
        Path errors = copy.resolve("common/errors.yaml");

        DescriptionApplier.ApplyResult result = new DescriptionApplier().apply(
                new DescriptionRequest(new FileResource(main), DEFAULTS), errors, log);

        assertThat(result.files()).contains(main, errors);
        assertThat(Files.readString(main)).contains("$ref: 'common/errors.yaml#/components/responses/ApiErrorNotFound'")
                .doesNotContain("request_id");
        assertThat(Files.readString(errors)).startsWith("components:\n  schemas:\n    ApiError:\n");
        assertThat(Files.readString(copy.resolve("paths/orders.yaml")))
                .as("in the quotes the file writes its references in")
                .contains("$ref: '../openapi.yaml#/components/responses/ApiErrorNotFound'");
        assertThat(check(main, DEFAULTS).findings()).isEmpty();
        GenerationResult generated = new ApiErrorsGenerator().generate(new GenerationRequest(new FileResource(main),
                folder.resolve("out/openapi.yaml"), folder.resolve("out/java"), "com.example.errors", Framework.NONE,
                DEFAULTS, null, folder.resolve("out/state"), false), BuildLog.silent());
        assertThat(generated.report().added()).isZero();
        Map<Path, String> once = contents(copy);
        assertThat(new DescriptionApplier().apply(new DescriptionRequest(new FileResource(main), DEFAULTS), errors, log)
                .files()).isEmpty();
        assertThat(contents(copy)).isEqualTo(once);
    }

    @Test
    void anExistingComponentsFileKeepsItsTextAndGainsTheDefinitions() throws IOException {
        Path main = write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                + "      responses:\n        '200': {description: OK}\n");
        String shared = "# shared by several APIs\ncomponents:\n    schemas:\n        Other: {type: string}\n";
        Path errors = write("shared.yaml", shared);
        EnrichmentOptions only404 = DEFAULTS.withCodes(Set.of(404));

        new DescriptionApplier().apply(new DescriptionRequest(new FileResource(main), only404), errors, log);

        assertKeepsEveryLine(shared, Files.readString(errors));
        assertThat(Files.readString(main)).contains("shared.yaml#/components/schemas/ApiError");
        assertThat(check(main, only404).findings()).isEmpty();
    }

    @Test
    void aComponentsFileMustBeYamlOrJson() throws IOException {
        Path main = write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> new DescriptionApplier()
                .apply(new DescriptionRequest(new FileResource(main), DEFAULTS), folder.resolve("errors.txt"), log));

        assertThat(failure).hasMessage("invalid configuration: componentsFile " + folder.resolve("errors.txt")
                + " must end with .yaml, .yml or .json, which chooses the format it is written in when it does not exist");
    }
}
