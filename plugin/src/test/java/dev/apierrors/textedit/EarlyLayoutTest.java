package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.enrich.TreeAdditions;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The layout of a JSON text's bytes found before the edit is known ({@link JsonLayout}) serves the
 * enrichment's real additions, and the edit made with it is byte for byte the edit that finds its
 * places itself: for every OpenAPI 3 description of the test corpora written as JSON in several
 * layouts (pretty, minified, byte order mark with tabs and CRLF, non-ASCII keys and texts). An
 * edit the layout lacks a place for finds its places itself, with the same bytes or the same refusal.
 */
class EarlyLayoutTest {

    /** The keys the generator has the layout found under. */
    static final Set<String> KEYS = Enricher.KEYS_ADDED_UNDER;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    static Stream<String> corpus() {
        return Stream.of("specs/petstore-30.yaml", "specs/risk-profiles.yaml", "specs/events-31.yaml",
                "specs/webhooks-31.yaml", "specs/hostile.yaml", "hostile/names.yaml", "valid-edge/openapi30-edge.yaml",
                "valid-edge/openapi31-edge.yaml", "textedit/styled.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theEarlyLayoutGivesTheBytesOfTheEditThatScansInEveryLayout(String name) throws Exception {
        JsonNode tree = new DocumentReader().read(new FileResource(resource(name))).tree();
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        String wide = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(widened(tree, null));
        List<String> layouts = List.of(pretty, pretty + "\n", tree.toString(),
                "\uFEFF" + Utf8EditTest.tabsAndCrlf(pretty) + "\r\n", wide, widened(tree, null).toString());

        for (Applicability applicability : Applicability.values()) {
            for (String text : layouts) {
                Path file = Files.writeString(work.resolve("openapi.json"), text, StandardCharsets.UTF_8);
                byte[] utf8 = Files.readAllBytes(file);
                Edit edit = enriched(file, applicability);

                sameAsTheScan(utf8, edit.insertions, edit.replacements, true);
            }
        }
    }

    @Test
    void nullsTheEnrichmentMakesMappingsOfAndEscapedKeysAreInTheEarlyLayout() throws IOException {
        String text = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"caf\u00e9 \uD83D\uDE00\", \"version\": \"1\"},\n"
                + "  \"paths\": {\n    \"/a~b/c\u00e9\": {\n      \"get\": {\"responses\": null},\n"
                + "      \"post\": {\n        \"responses\": {\"200\": {\"description\": \"\u20ac\"}},\n"
                + "        \"callbacks\": {\"done\": {\"{$request.body#/url}\": {\"put\": {\"responses\": {}}}}}\n"
                + "      }\n    }\n  },\n  \"components\": null\n}\n";
        Path file = Files.writeString(work.resolve("nulls.json"), text, StandardCharsets.UTF_8);
        Edit edit = enriched(file, Applicability.ALL);

        assertThat(edit.replacements).extracting(Replacement::pointer)
                .containsExactlyInAnyOrder("/components", "/paths/~1a~0b~1c\u00e9/get/responses");
        assertThat(edit.insertions).extracting(Insertion::mappingPointer).contains(
                "/paths/~1a~0b~1c\u00e9/post/responses",
                "/paths/~1a~0b~1c\u00e9/post/callbacks/done/{$request.body#~1url}/put/responses");
        sameAsTheScan(Files.readAllBytes(file), edit.insertions, edit.replacements, true);
    }

    @Test
    void aMappingNotUnderOneOfTheKeysIsFoundByTheEditItself() {
        byte[] utf8 = "{\n  \"info\": {\"title\": \"\u00e9\"},\n  \"components\": {\"schemas\": {}}\n}\n"
                .getBytes(StandardCharsets.UTF_8);
        List<Insertion> insertions = List.of(new Insertion("/components/schemas", "E", json("{\"type\": \"string\"}")),
                new Insertion("/info", "x-\u20ac", json("1")));

        byte[] edited = sameAsTheScan(utf8, insertions, List.of(), false);

        assertThat(new String(edited, StandardCharsets.UTF_8)).isEqualTo("{\n  \"info\": {\"title\": \"\u00e9\","
                + " \"x-\u20ac\": 1},\n  \"components\": {\"schemas\": {\n    \"E\": {\n      \"type\": \"string\"\n"
                + "    }\n  }}\n}\n");
    }

    @Test
    void aValueThatIsNoMappingOrNoNullIsRefusedInTheWordsOfTheEditThatScans() {
        byte[] utf8 = "{\"paths\": {\"/a\": {\"get\": {\"responses\": []}}}, \"components\": {}}"
                .getBytes(StandardCharsets.UTF_8);
        JsonLayout early = JsonLayout.scan(utf8, KEYS);
        List<Insertion> intoAList = List.of(new Insertion("/paths/~1a/get/responses", "500", json("{}")));
        List<Replacement> ofAMapping = List.of(new Replacement("/components", json("{\"a\": {}}")));

        assertThat(early.covering(utf8, List.of("/paths/~1a/get/responses"), List.of())).isNull();
        assertThatThrownBy(() -> TextEdit.applyUtf8(utf8, intoAList, List.of(), early))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("'/paths/~1a/get/responses' is not an object");
        assertThat(early.covering(utf8, List.of(), List.of("/components"))).isNull();
        assertThat(TextEdit.applyUtf8(utf8, List.of(), ofAMapping, early))
                .isEqualTo(TextEdit.applyUtf8(utf8, List.of(), ofAMapping));
    }

    @Test
    void aLayoutOfOtherBytesOrOfNoJsonObjectIsNotUsed() {
        byte[] utf8 = "{\"components\": {\"responses\": {}}}".getBytes(StandardCharsets.UTF_8);
        List<Insertion> insertions = List.of(new Insertion("/components/responses", "E", json("{}")));
        byte[] copy = utf8.clone();
        byte[] list = "[{\"responses\": {}}]".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{\"responses\": {}".getBytes(StandardCharsets.UTF_8);

        assertThat(JsonLayout.scan(utf8, KEYS).covering(utf8, List.of("/components/responses"), List.of())).isNotNull();
        assertThat(JsonLayout.scan(utf8, KEYS).covering(copy, List.of("/components/responses"), List.of())).isNull();
        assertThat(TextEdit.applyUtf8(copy, insertions, List.of(), JsonLayout.scan(utf8, KEYS)))
                .isEqualTo(TextEdit.applyUtf8(copy, insertions, List.of()));
        assertThat(JsonLayout.scan(list, KEYS).covering(list, List.of("/0/responses"), List.of())).isNull();
        assertThatThrownBy(() -> TextEdit.applyUtf8(list, List.of(new Insertion("/0/responses", "E", json("{}"))),
                List.of(), JsonLayout.scan(list, KEYS)))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("not a JSON object");
        assertThat(JsonLayout.scan(broken, KEYS).covering(broken, List.of("/responses"), List.of())).isNull();
        assertThatThrownBy(() -> TextEdit.applyUtf8(broken, List.of(new Insertion("/responses", "E", json("{}"))),
                List.of(), JsonLayout.scan(broken, KEYS)))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("not valid JSON");
    }

    /**
     * Edits the bytes with their early layout, checks that the layout was used (or not, as {@code
     * used} says) and that the bytes are those of the edit that scans, and changed.
     */
    private static byte[] sameAsTheScan(byte[] utf8, List<Insertion> insertions, List<Replacement> replacements,
                                        boolean used) {
        JsonLayout early = JsonLayout.scan(utf8, KEYS);
        Set<String> mappings = new HashSet<>();
        insertions.forEach(insertion -> mappings.add(insertion.mappingPointer()));
        List<String> nodes = replacements.stream().map(Replacement::pointer).toList();
        assertThat(insertions).as("the edit adds something").isNotEmpty();

        assertThat(early.covering(utf8, mappings, nodes)).as("the early layout serves the edit").matches(
                layout -> (layout != null) == used);
        byte[] edited = TextEdit.applyUtf8(utf8, insertions, replacements, early);
        assertThat(edited).as("the edit with the early layout, against the edit that scans")
                .isEqualTo(TextEdit.applyUtf8(utf8, insertions, replacements))
                .isNotEqualTo(utf8);
        return edited;
    }

    /** The insertions and replacements the enrichment of the description reports, as the enriched description makes them. */
    private record Edit(List<Insertion> insertions, List<Replacement> replacements) {
    }

    private static Edit enriched(Path file, Applicability applicability) {
        BundledSpec bundled = new SpecLoader().bundle(new FileResource(file));
        assertThat(bundled.authorText().rewritten()).as("%s is one file", file).isFalse();
        TreeAdditions additions = new Enricher(EnrichmentOptions.defaults().withApplicability(applicability))
                .enrich(bundled.document()).additions();
        List<Insertion> insertions = new ArrayList<>();
        additions.entries().forEach(entry -> insertions.add(new Insertion(entry.mappingPointer(), entry.key(),
                entry.value())));
        List<Replacement> replacements = new ArrayList<>();
        additions.replaced().forEach(value -> replacements.add(new Replacement(value.pointer(), value.value())));
        return new Edit(insertions, replacements);
    }

    /**
     * The tree with characters of two, three and four UTF-8 bytes in the keys of {@code paths}, of
     * extensions and of properties, and at the start of every title, summary and description.
     */
    private static JsonNode widened(JsonNode node, String key) {
        if (node.isObject()) {
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            node.fields().forEachRemaining(entry -> {
                String name = entry.getKey();
                boolean wide = "paths".equals(key) || "properties".equals(key) || name.startsWith("x-");
                entries.put(wide ? name + "\u00e9\u20ac\uD83D\uDE00" : name, widened(entry.getValue(), name));
            });
            ObjectNode wide = JSON.createObjectNode();
            wide.setAll(entries);
            return wide;
        }
        if (node.isArray()) {
            ArrayNode wide = JSON.createArrayNode();
            node.forEach(element -> wide.add(widened(element, null)));
            return wide;
        }
        boolean prose = "title".equals(key) || "summary".equals(key) || "description".equals(key);
        return node.isTextual() && prose ? JSON.getNodeFactory().textNode("\uD83D\uDE00\u20ac\u00e9" + node.asText())
                : node;
    }

    private static JsonNode json(String text) {
        return Utf8EditTest.json(text);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Utf8EditTest.resource(name);
    }
}
