package dev.apierrors.authored;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.TestSpecs;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.core.DescriptionChecker;
import dev.apierrors.core.DescriptionRequest;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.render.SpecFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EditPlanTest {

    private static final EnrichmentOptions ONLY_404 = EnrichmentOptions.defaults()
            .withCodes(Set.of(404));

    @TempDir
    Path folder;

    private static EditPlan plan(Path spec, EnrichmentOptions options) {
        BundledSpec bundled = new SpecLoader().bundle(new FileResource(spec));
        ObjectNode original = bundled.document().deepCopy();
        new Enricher(options).enrich(bundled.document());
        LoadedSpec loaded = bundled.check();
        return EditPlan.of(AuthoredDescription.read(loaded.sources()), Additions.between(original, loaded.document()));
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
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

    /** The plan carried out on the trees, written back as YAML: what a text edit must give, as trees. */
    private static void applyAsTrees(EditPlan plan) throws IOException {
        for (EditPlan.FileEdits edits : plan.files()) {
            JsonNode tree = edits.file().tree().deepCopy();
            for (EditPlan.Entry entry : edits.entries()) {
                JsonNode mapping = entry.mappingPointer().isEmpty() ? tree
                        : tree.at(JsonPointer.compile(entry.mappingPointer()));
                assertThat(mapping.isObject()).as("%s names an existing mapping", entry.mappingPointer()).isTrue();
                assertThat(mapping.has(entry.key())).as("%s is new in %s", entry.key(), entry.mappingPointer()).isFalse();
                ((ObjectNode) mapping).set(entry.key(), entry.value());
            }
            Files.write(((FileResource) edits.file().resource()).path(), SpecFormat.YAML.write(tree));
        }
    }

    @Test
    void eachOperationsResponsesGoIntoItsOwnFileWithARelativeReference() {
        Path main = TestSpecs.path("multi/openapi.yaml");
        EditPlan plan = plan(main, ONLY_404);
        JsonNode notFound = json("{'$ref': '../openapi.yaml#/components/responses/ApiErrorNotFound'}");

        List<EditPlan.FileEdits> files = plan.files();

        assertThat(files).extracting(edits -> edits.file().displayName()).containsExactly(
                TestSpecs.path("multi/paths/orders.yaml").toString(), TestSpecs.path("multi/paths/order.yaml").toString(),
                main.toString());
        assertThat(files.get(0).entries()).containsExactly(
                new EditPlan.Entry("/get/responses", "404", notFound),
                new EditPlan.Entry("/post/responses", "404", notFound));
        assertThat(files.get(1).entries()).containsExactly(new EditPlan.Entry("/item/get/responses", "404", notFound));
        assertThat(files.get(2).entries()).extracting(EditPlan.Entry::mappingPointer, EditPlan.Entry::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/components/schemas", "ApiError"),
                        org.assertj.core.groups.Tuple.tuple("/components", "responses"));
        assertThat(files.get(2).entries().get(1).value()).isEqualTo(json("{'ApiErrorNotFound': {"
                + "'description': '" + EnrichmentOptions.defaults().convention().status(404).responseDescription() + "',"
                + "'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ApiError'},"
                + "'example': " + EnrichmentOptions.defaults().convention().examples().get(404) + "}}}}"));
        assertThat(plan.responses()).isEqualTo(3);
    }

    @Test
    void carriedOutTheSplitDescriptionLacksNothingAndStaysSplit() throws IOException {
        Path main = copyOf(TestSpecs.path("multi")).resolve("openapi.yaml");

        applyAsTrees(plan(main, EnrichmentOptions.defaults()));

        DescriptionChecker.CheckResult check = new DescriptionChecker().check(
                new DescriptionRequest(new FileResource(main), EnrichmentOptions.defaults()), BuildLog.silent());
        assertThat(check.findings()).isEmpty();
        assertThat(Files.readString(main.resolveSibling("paths/orders.yaml")))
                .contains("$ref: ../openapi.yaml#/components/responses/ApiErrorInternalServerError");
        assertThat(plan(main, EnrichmentOptions.defaults()).files()).as("a second time, nothing to add").isEmpty();
    }

    @Test
    void anOperationWithoutResponsesGainsTheWholeMapping() throws IOException {
        Path spec = folder.resolve("my api/openapi.yaml");
        Files.createDirectories(spec.getParent().resolve("paths"));
        Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
                + "  /a: {$ref: 'paths/a%20b.yaml'}\n  /b: {$ref: 'paths/a%20b.yaml'}\n"
                + "components: {schemas: {ApiError: {$ref: '#/components/schemas/Other'}, Other: {type: string}}}\n");
        Files.writeString(spec.resolveSibling("paths/a b.yaml"), "get:\n  operationId: a\n");
        EnrichmentOptions options = EnrichmentOptions.defaults()
                .withCodes(Set.of(404, 500));

        ApiErrorsException clash = catchThrowableOfType(ApiErrorsException.class, () -> plan(spec, options));
        assertThat(clash).as("ApiError names another schema").hasMessageContaining("components/schemas/ApiError");

        EditPlan plan = plan(spec, options.withNames(new dev.apierrors.enrich.ComponentNames("Error", "Invalid", "E")));

        EditPlan.FileEdits paths = plan.files().get(0);
        assertThat(paths.file().displayName()).endsWith("a b.yaml");
        assertThat(paths.entries()).as("one operation, though two paths lead to it").containsExactly(
                new EditPlan.Entry("/get", "responses", json("{'404': {'$ref': '../openapi.yaml#/components/responses/ENotFound'},"
                        + " '500': {'$ref': '../openapi.yaml#/components/responses/EInternalServerError'}}")));
        assertThat(plan.responses()).isEqualTo(2);
        assertThat(EditPlan.relativePath(paths.file(), plan.files().get(1).file())).isEqualTo("../openapi.yaml");
    }

    @Test
    void aFileNameIsEncodedInTheReference() throws IOException {
        Path spec = folder.resolve("main #1.yaml");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: 'sub/a.yaml'}\n");
        Files.writeString(folder.resolve("sub/a.yaml"), "get:\n  responses: {'200': {description: OK}}\n");

        EditPlan plan = plan(spec, ONLY_404);

        assertThat(plan.files().get(0).entries()).containsExactly(new EditPlan.Entry("/get/responses", "404",
                json("{'$ref': '../main%20%231.yaml#/components/responses/ApiErrorNotFound'}")));
    }
}
