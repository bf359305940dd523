package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.core.ApiErrorsGenerator;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.load.BundledSpec;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.FileResource;
import dev.apierrors.render.SpecFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Valid descriptions, mutated structurally (nodes dropped, duplicated, retyped, renamed, moved,
 * turned into references), either generate sources that compile or fail with the plugin's own
 * error; never with any other exception, never hanging. A successful run's enriched description
 * (the description's text with the additions inserted, or, in another format, the tree written)
 * reads back as the tree-based enrichment does. The number of tries is jqwik's
 * {@code jqwik.tries.default} (src/test/resources/junit-platform.properties); of the successful
 * runs whose sources differ as code, {@code api-errors.fuzz.compiled} are compiled. A longer run:
 * {@code mvn test -pl plugin -Dtest=MutatedDescriptionTest -Djqwik.tries.default=5000
 * -Dapi-errors.fuzz.compiled=200}.
 */
class MutatedDescriptionTest {

    private static final List<String> SEEDS = List.of("petstore-30.yaml", "risk-profiles.yaml", "webhooks-31.yaml",
            "events-31.yaml", "swagger-2.yaml", "petstore-20.yaml", "hostile.yaml");
    private static final List<String> KEYS = List.of("openapi", "swagger", "info", "paths", "components", "schemas",
            "responses", "parameters", "requestBody", "callbacks", "webhooks", "pathItems", "get", "post", "delete",
            "x-api-errors", "$ref", "type", "items", "properties", "allOf", "content", "application/json", "schema",
            "default", "4XX", "400", "404", "200", "security", "securitySchemes", "tags", "operationId", "required",
            "enum", "example", "exclude", "in", "name", "/new/{id}", "{$request.body#/url}", "definitions", "", "~1");
    private static final Duration HANG_GUARD = Duration.ofMinutes(1);
    private static final int COMPILED_BY_DEFAULT = 12;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

    /** Sources of the successful runs, by their text with the package made neutral: compiled once each. */
    private final Map<String, Sample> successes = new LinkedHashMap<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private Path work;

    enum Operation { DROP, DUPLICATE, RETYPE, RENAME, GRAFT, REFERENCE }

    /** One structural change: the operation, which node, and which replacement value or name. */
    record Mutation(Operation operation, int target, int choice) {
    }

    private record Sample(String description, Framework framework, Map<String, byte[]> sources) {
    }

    @BeforeProperty
    void createWorkFolder() throws IOException {
        work = Files.createTempDirectory("mutated-descriptions");
    }

    @Property
    void generatesCompilableSourcesOrFailsWithThePluginsError(
            @ForAll("seeds") String seed, @ForAll("mutations") List<Mutation> mutations,
            @ForAll Framework framework, @ForAll Applicability applicability, @ForAll boolean json,
            @ForAll boolean sameFormat) throws IOException {
        JsonNode document = new DocumentReader().read(new FileResource(Generation.spec(seed))).tree();
        for (Mutation mutation : mutations) {
            document = apply(document, mutation);
        }
        int run = runs.incrementAndGet();
        Path folder = Files.createDirectories(work.resolve("run" + run));
        Path spec = folder.resolve(json ? "openapi.json" : "openapi.yaml");
        Files.write(spec, (json ? SpecFormat.JSON : SpecFormat.YAML).write(document));
        Path enriched = folder.resolve(json == sameFormat ? "out/openapi.json" : "out/openapi.yaml");
        GenerationRequest request = new GenerationRequest(new FileResource(spec), enriched,
                folder.resolve("java"), "fuzz.run" + run, framework,
                EnrichmentOptions.defaults().withApplicability(applicability), null, folder.resolve("state"), true);

        try {
            assertTimeoutPreemptively(HANG_GUARD, () -> new ApiErrorsGenerator().generate(request, BuildLog.silent()));
            assertThat(new DocumentReader().read(new FileResource(enriched)).tree().toString())
                    .as("the enriched description (as text when in the description's format) read back, against"
                            + " the tree result read back").isEqualTo(treeResult(spec, request).toString());
            Map<String, byte[]> sources = read(request.outputDirectory());
            String neutral = neutral(sources, "fuzz.run" + run);
            successes.putIfAbsent(neutral, new Sample(seed + " " + framework + " " + mutations, framework, sources));
        } catch (ApiErrorsException expected) {
            failures.incrementAndGet();
            assertThat(expected.getMessage()).as("the plugin's error has a message").isNotBlank();
        } finally {
            delete(folder);
        }
    }

    /** What the enrichment of the tree gives, written by the tree writer and read back. */
    private static JsonNode treeResult(Path spec, GenerationRequest request) throws IOException {
        BundledSpec bundled = new SpecLoader().bundle(new FileResource(spec));
        new Enricher(request.enrichment()).enrich(bundled.document());
        Path file = Files.createTempFile(spec.getParent(), "tree", request.enrichedSpec().getFileName().toString());
        Files.write(file, SpecFormat.of(request.enrichedSpec()).write(bundled.document()));
        return new DocumentReader().read(new FileResource(file)).tree();
    }

    @AfterProperty
    void successfulRunsCompile() throws IOException {
        try {
            assertThat(runs.get()).as("runs").isPositive();
            Map<String, byte[]> all = new TreeMap<>();
            List<String> compiled = new ArrayList<>();
            for (Sample sample : sampleToCompile()) {
                all.putAll(sample.sources());
                compiled.add(sample.description());
            }
            if (!all.isEmpty()) {
                InMemoryJavac.Result result = InMemoryJavac.compile(all);
                assertThat(result.errors()).as("compiler messages; the runs: %s", compiled).isEmpty();
            }
        } finally {
            delete(work);
        }
    }

    /**
     * The successful runs whose sources differ as code, up to {@code api-errors.fuzz.compiled}
     * (each costs about half a second of javac), the first of each framework first.
     */
    private List<Sample> sampleToCompile() {
        int limit = Integer.getInteger("api-errors.fuzz.compiled", COMPILED_BY_DEFAULT);
        List<Sample> first = new ArrayList<>();
        List<Sample> others = new ArrayList<>();
        java.util.Set<Framework> seen = java.util.EnumSet.noneOf(Framework.class);
        for (Sample sample : successes.values()) {
            (seen.add(sample.framework()) ? first : others).add(sample);
        }
        first.addAll(others);
        return first.subList(0, Math.min(limit, first.size()));
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(SEEDS);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Operation.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 1_000))
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(6);
    }

    /** A place in the tree: a container and the key or index of one of its values. */
    private record Place(JsonNode container, String key, int index, String pointer) {
        JsonNode value() {
            return key != null ? container.get(key) : container.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) container).set(key, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    static JsonNode apply(JsonNode document, Mutation mutation) {
        List<Place> places = places(document);
        if (places.isEmpty()) {
            return document;
        }
        Place place = places.get(mutation.target() % places.size());
        int choice = mutation.choice();
        switch (mutation.operation()) {
            case DROP:
                if (place.key() != null) {
                    ((ObjectNode) place.container()).remove(place.key());
                } else {
                    ((ArrayNode) place.container()).remove(place.index());
                }
                break;
            case DUPLICATE:
                if (place.key() != null) {
                    ((ObjectNode) place.container()).set(KEYS.get(choice % KEYS.size()), place.value().deepCopy());
                } else {
                    ((ArrayNode) place.container()).insert(place.index(), place.value().deepCopy());
                }
                break;
            case RETYPE:
                place.set(retyped(place.value(), choice));
                break;
            case RENAME:
                if (place.key() != null) {
                    rename((ObjectNode) place.container(), place.key(), KEYS.get(choice % KEYS.size()));
                }
                break;
            case GRAFT:
                place.set(places.get(choice * 97 % places.size()).value().deepCopy());
                break;
            case REFERENCE:
                String pointer = choice % 4 == 0 ? "#/components/schemas/Missing"
                        : choice % 4 == 1 ? "other.yaml#/Thing" : "#" + places.get(choice * 31 % places.size()).pointer();
                place.set(NODES.objectNode().put("$ref", pointer));
                break;
            default:
                throw new IllegalStateException(mutation.operation().name());
        }
        return document;
    }

    private static JsonNode retyped(JsonNode value, int choice) {
        switch (choice % 10) {
            case 0: return NODES.textNode("text");
            case 1: return NODES.numberNode(42);
            case 2: return NODES.booleanNode(true);
            case 3: return NODES.nullNode();
            case 4: return NODES.objectNode();
            case 5: return NODES.arrayNode();
            case 6: return NODES.arrayNode().add(value.deepCopy());
            case 7: return NODES.objectNode().set("x", value.deepCopy());
            case 8: return NODES.textNode(value.toString());
            default: return NODES.numberNode(3.5);
        }
    }

    private static void rename(ObjectNode object, String from, String to) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        it.forEachRemaining(field -> fields.put(field.getKey().equals(from) ? to : field.getKey(), field.getValue()));
        object.removeAll();
        fields.forEach(object::set);
    }

    private static List<Place> places(JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, "", places);
        return places;
    }

    private static void collect(JsonNode node, String pointer, List<Place> places) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                places.add(new Place(node, key, -1, child));
                collect(node.get(key), child, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(node, null, i, pointer + "/" + i));
                collect(node.get(i), pointer + "/" + i, places);
            }
        }
    }

    /**
     * The sources as code alone: package and comments (where the description's title and version
     * go) removed, so that runs differing only there are compiled once. Text in comments is
     * escaping's concern, which the hostile descriptions test.
     */
    private static String neutral(Map<String, byte[]> sources, String packageName) {
        StringBuilder all = new StringBuilder();
        sources.forEach((path, bytes) -> all.append(path.substring(path.lastIndexOf('/') + 1)).append('\n')
                .append(COMMENT.matcher(new String(bytes, StandardCharsets.UTF_8).replace(packageName, "P"))
                        .replaceAll("")));
        return all.toString();
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
