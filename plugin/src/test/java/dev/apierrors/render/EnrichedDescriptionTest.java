package dev.apierrors.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentReport;
import dev.apierrors.enrich.TreeAdditions;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.textedit.Changes;
import dev.apierrors.textedit.Insertion;
import dev.apierrors.textedit.Replacement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof that the enriched description edited as text is the tree-based enrichment: for every
 * description of the test corpora, as written and converted to JSON, the text-edited output read
 * back is today's tree result read back — the same keys, values and order.
 */
class EnrichedDescriptionTest {

    /** The descriptions whose enriched text is the author's, and those written from the tree, and why. */
    static Stream<Arguments> corpus() throws URISyntaxException {
        return Stream.of(
                Arguments.of("specs/petstore-30.yaml", null),
                Arguments.of("specs/risk-profiles.yaml", null),
                Arguments.of("specs/events-31.yaml", null),
                Arguments.of("specs/webhooks-31.yaml", null),
                Arguments.of("specs/hostile.yaml", null),
                Arguments.of("hostile/names.yaml", null),
                Arguments.of("valid-edge/openapi30-edge.yaml", null),
                Arguments.of("valid-edge/openapi31-edge.yaml", null),
                Arguments.of("specs/multi/openapi.yaml", null),
                Arguments.of("specs/petstore-20.yaml", "Swagger 2.0"),
                Arguments.of("specs/swagger-2.yaml", "Swagger 2.0"));
    }

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theEditedTextReadsAsTheTreeResult(String name, String fallback) throws Exception {
        Path spec = resource(name);
        check(spec, fallback, SpecFormat.YAML, Applicability.SMART);
        check(spec, fallback, SpecFormat.YAML, Applicability.ALL);
        if (fallback == null && !name.contains("multi")) {
            Path json = work.resolve("as-json.json");
            Files.write(json, SpecFormat.JSON.write(new DocumentReader().read(new FileResource(spec)).tree()));
            check(json, null, SpecFormat.JSON, Applicability.SMART);
            Path minified = work.resolve("minified.json");
            Files.writeString(minified, new DocumentReader().read(new FileResource(spec)).tree().toString());
            check(minified, null, SpecFormat.JSON, Applicability.ALL);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anotherFormatThanTheDescriptionsIsWrittenFromTheTree(String name, String fallback) throws Exception {
        check(resource(name), "Swagger 2.0".equals(fallback) ? fallback : "is YAML and the enriched description JSON",
                SpecFormat.JSON, Applicability.SMART);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theAdditionsTheEnrichmentReportsAreThoseAComparisonOfTheTreesFinds(String name, String fallback)
            throws Exception {
        for (Applicability applicability : Applicability.values()) {
            BundledSpec bundled = new SpecLoader().bundle(new FileResource(resource(name)));
            ObjectNode document = bundled.document();
            JsonNode before = document.deepCopy();

            TreeAdditions additions = new Enricher(EnrichmentOptions.defaults().withApplicability(applicability))
                    .enrich(document).additions();

            Changes found = Changes.between(before, document);
            assertThat(additions.entries()).as("%s, %s", name, applicability)
                    .isNotEmpty()
                    .map(entry -> new Insertion(entry.mappingPointer(), entry.key(), entry.value()))
                    .containsExactlyInAnyOrderElementsOf(found.insertions());
            assertThat(additions.replaced()).as("%s, %s", name, applicability)
                    .map(value -> new Replacement(value.pointer(), value.value()))
                    .containsExactlyInAnyOrderElementsOf(found.replacements());
        }
    }

    @org.junit.jupiter.api.Test
    void aConstructTheTextEditLeavesAloneIsWrittenFromTheTreeWithTheReason() throws Exception {
        Path spec = work.resolve("aliased.yaml");
        Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                + "      responses: &shared\n        '200': {description: ok}\n  /b:\n    get:\n      responses: *shared\n");

        byte[] written = check(spec, "&shared", SpecFormat.YAML, Applicability.ALL);

        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("*shared");
    }

    /**
     * Enriches the description, writes it both ways, and compares what they read back as; the
     * log says why the tree was written when {@code fallback} is given, and nothing otherwise.
     */
    static byte[] check(Path spec, String fallback, SpecFormat format, Applicability applicability) throws IOException {
        BundledSpec bundled = new SpecLoader().bundle(new FileResource(spec));
        ObjectNode document = bundled.document();
        EnrichmentReport report = new Enricher(EnrichmentOptions.defaults().withApplicability(applicability))
                .enrich(document);
        List<String> infos = new ArrayList<>();
        byte[] written = new EnrichedDescription(bundled.authorText(), format, spec.toString())
                .write(document, report.additions(), log(infos));

        JsonNode fromTree = read(format.write(document), format);
        JsonNode fromText = read(written, format);
        assertThat(fromText.toString()).as("%s read back, against the tree result read back", spec)
                .isEqualTo(fromTree.toString());
        if (fallback == null) {
            assertThat(infos).as("no fallback for %s", spec).isEmpty();
            String original = Files.readString(spec, StandardCharsets.UTF_8);
            assertThat(new String(written, StandardCharsets.UTF_8)).as("the author's text comes first").startsWith(
                    original.substring(0, Math.min(original.length(), original.indexOf('\n') + 1)));
        } else {
            assertThat(infos).singleElement().asString().contains(spec.toString())
                    .contains("written from the tree").contains(fallback);
        }
        return written;
    }

    static JsonNode read(byte[] bytes, SpecFormat format) throws IOException {
        Path file = Files.createTempFile("enriched", format == SpecFormat.JSON ? ".json" : ".yaml");
        try {
            Files.write(file, bytes);
            return new DocumentReader().read(new FileResource(file)).tree();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static BuildLog log(List<String> infos) {
        return new BuildLog() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }

            @Override
            public void warn(String message) {
            }
        };
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EnrichedDescriptionTest.class.getResource("/" + name).toURI());
    }
}
