package dev.apierrors.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apierrors.document.Operation;
import dev.apierrors.document.OperationWalker;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecLoader;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.view.Framework;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linters API teams run, Redocly CLI ({@code recommended}) and Spectral ({@code spectral:oas}),
 * find nothing more on what {@code generate} writes and what {@code apply} writes than on the
 * author's original: for every rule, as many problems or fewer. The one exception, documented in
 * README: an operation with no {@code responses} at all now has error responses only, so the rules
 * asking for a success response fire once for each such operation.
 *
 * <p>The linters are the npm packages pinned in {@code src/test/linters/package-lock.json},
 * installed once under {@code target/linters}; each runs once over all the files. Without Node.js
 * the test fails on CI (the environment variable {@code CI} set), and is skipped elsewhere.
 */
class LintersTest {

    private static final Path PACKAGE = Path.of("src/test/linters");
    private static final Path INSTALLED = Path.of("target/linters");
    private static final Path WORK = INSTALLED.resolve("work");
    /** The rules about a success response, which fire on an operation that had no responses at all. */
    private static final Set<String> SUCCESS_RULES = Set.of("redocly operation-2xx-response",
            "spectral operation-success-response");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A JSON description: the YAML petstore written as JSON before the run. */
    private static final Path JSON_SOURCE = INSTALLED.resolve("json-source");

    /** The project's own descriptions, each a folder to copy and its main file in it. */
    private record Corpus(String name, Path folder, String main, EnrichmentOptions options) {
    }

    private static List<Corpus> corpora() {
        Path specs = Path.of("src/test/resources/specs");
        Path edge = Path.of("src/test/resources/valid-edge");
        Path quoting = Path.of("src/test/resources/textedit/quoting");
        EnrichmentOptions standard = EnrichmentOptions.defaults();
        EnrichmentOptions problem = standard.withConvention(ConventionReader.preset("problem"));
        List<Corpus> corpora = new ArrayList<>();
        for (String file : List.of("petstore-30.yaml", "events-31.yaml", "webhooks-31.yaml", "risk-profiles.yaml")) {
            corpora.add(new Corpus(file.replace(".yaml", ""), specs, file, standard));
        }
        corpora.add(new Corpus("petstore-30-problem", specs, "petstore-30.yaml", problem));
        corpora.add(new Corpus("petstore-30-team", specs, "petstore-30.yaml", standard.withConvention(
                ConventionReader.resolve("src/test/resources/conventions/team-written-examples.yaml", Path.of(".")))));
        corpora.add(new Corpus("multi", specs.resolve("multi"), "openapi.yaml", standard));
        corpora.add(new Corpus("openapi30-edge", edge, "openapi30-edge.yaml", standard));
        corpora.add(new Corpus("openapi31-edge", edge, "openapi31-edge.yaml", standard));
        corpora.add(new Corpus("single-quotes", quoting, "petstore-single-quotes.yaml", standard));
        corpora.add(new Corpus("petstore-30-json", JSON_SOURCE, "petstore-30.json", standard));
        corpora.add(new Corpus("double-quotes", quoting, "petstore-double-quotes.yaml", problem));
        return corpora;
    }

    @Test
    void theEnrichedDescriptionsGiveTheLintersNothingNew() throws Exception {
        if (!nodeInstalled()) {
            String why = "Node.js (node and npm) is not installed: the linters cannot run";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why + "; .ci/run installs them from Debian's packages (nodejs npm)");
            }
            Assumptions.abort(why + "; skipped outside CI (CI unset). Install nodejs and npm to run it");
        }
        install();
        deleteTree(WORK);
        Files.createDirectories(JSON_SOURCE);
        JsonNode petstore = new ObjectMapper(new YAMLFactory()).readTree(
                Path.of("src/test/resources/specs/petstore-30.yaml").toFile());
        Files.writeString(JSON_SOURCE.resolve("petstore-30.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(petstore) + "\n");
        Map<String, Integer> withoutResponses = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (Corpus corpus : corpora()) {
            Path original = copy(corpus.folder(), WORK.resolve(corpus.name()).resolve("original"));
            Path applied = copy(corpus.folder(), WORK.resolve(corpus.name()).resolve("applied"));
            Path generated = WORK.resolve(corpus.name()).resolve("generated").resolve(corpus.main());
            new ApiErrorsGenerator().generate(new GenerationRequest(new FileResource(original.resolve(corpus.main())),
                    generated, WORK.resolve(corpus.name()).resolve("java"), "com.example.errors", Framework.NONE,
                    corpus.options(), null, WORK.resolve(corpus.name()).resolve("state"), true), BuildLog.silent());
            new DescriptionApplier().apply(new DescriptionRequest(new FileResource(applied.resolve(corpus.main())),
                    corpus.options()), BuildLog.silent());
            for (String variant : List.of("original", "generated", "applied")) {
                files.add(corpus.name() + "/" + variant + "/" + corpus.main());
            }
            withoutResponses.put(corpus.name(), operationsWithoutResponses(original.resolve(corpus.main())));
        }

        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        count(counts, "redocly", redocly(files));
        count(counts, "spectral", spectral(files));

        List<String> summary = new ArrayList<>();
        counts.forEach((target, rules) -> rules.forEach((rule, count) -> summary.add(target + " " + rule + " " + count)));
        Files.write(INSTALLED.resolve("summary.txt"), summary);
        List<String> worse = new ArrayList<>();
        for (Corpus corpus : corpora()) {
            Map<String, Integer> before = counts.getOrDefault(corpus.name() + "/original", Map.of());
            for (String variant : List.of("generated", "applied")) {
                Map<String, Integer> after = counts.getOrDefault(corpus.name() + "/" + variant, Map.of());
                Set<String> rules = new TreeSet<>(after.keySet());
                for (String rule : rules) {
                    int allowed = before.getOrDefault(rule, 0)
                            + (SUCCESS_RULES.contains(rule) ? withoutResponses.get(corpus.name()) : 0);
                    if (after.get(rule) > allowed) {
                        worse.add(corpus.name() + " (" + variant + "): " + rule + " " + before.getOrDefault(rule, 0)
                                + " -> " + after.get(rule));
                    }
                }
            }
        }
        assertThat(worse).as("rules that find more on the enriched description than on the original").isEmpty();
        assertThat(counts.get("petstore-30/original")).as("the linters did run and report on the originals")
                .containsKey("redocly operation-4xx-response").containsKey("spectral info-contact");
        assertThat(counts.get("petstore-30/generated").getOrDefault("redocly operation-4xx-response", 0))
                .as("and the enrichment fixed what it is for")
                .isLessThan(counts.get("petstore-30/original").get("redocly operation-4xx-response"));
    }

    /** Problems by {@code <corpus>/<variant>}, then by {@code <linter> <rule>}. */
    private static void count(Map<String, Map<String, Integer>> counts, String linter, List<Problem> problems) {
        for (Problem problem : problems) {
            Path relative = WORK.toAbsolutePath().relativize(WORK.toAbsolutePath().resolve(problem.file()).normalize());
            if (relative.getNameCount() < 2) {
                continue;
            }
            String target = relative.getName(0) + "/" + relative.getName(1);
            counts.computeIfAbsent(target, any -> new TreeMap<>()).merge(linter + " " + problem.rule(), 1, Integer::sum);
        }
    }

    private record Problem(String file, String rule) {
    }

    private static List<Problem> redocly(List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin("redocly"), "lint", "--format=json",
                "--config=" + PACKAGE.resolve("redocly.yaml").toAbsolutePath()));
        command.addAll(files);
        List<Problem> problems = new ArrayList<>();
        // One report per file given, one after the other.
        List<JsonNode> reports = run(command, "redocly");
        assertThat(reports).as("redocly reports on every file").hasSize(files.size());
        for (JsonNode report : reports) {
            for (JsonNode problem : report.path("problems")) {
                problems.add(new Problem(problem.at("/location/0/source/ref").asText(), problem.path("ruleId").asText()));
            }
        }
        return problems;
    }

    private static List<Problem> spectral(List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin("spectral"), "lint", "--format=json", "--quiet",
                "--ruleset=" + PACKAGE.resolve("spectral.yaml").toAbsolutePath()));
        command.addAll(files);
        List<Problem> problems = new ArrayList<>();
        // One list of problems, which the reader gives item by item.
        for (JsonNode value : run(command, "spectral")) {
            for (JsonNode problem : value.isArray() ? value : List.of(value)) {
                problems.add(new Problem(problem.path("source").asText(), problem.path("code").asText()));
            }
        }
        return problems;
    }

    /** Runs a linter in the work folder; its JSON reports, whatever its exit code (problems found make it 1). */
    private static List<JsonNode> run(List<String> command, String name) throws Exception {
        Path out = INSTALLED.resolve(name + ".json");
        Path err = INSTALLED.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in 10 minutes");
        }
        String text = Files.readString(out);
        int start = Math.min(text.indexOf('{') < 0 ? text.length() : text.indexOf('{'),
                text.indexOf('[') < 0 ? text.length() : text.indexOf('['));
        if (start == text.length()) {
            throw new AssertionError(name + " gave no JSON report (exit " + process.exitValue() + "): "
                    + Files.readString(err));
        }
        List<JsonNode> reports = new ArrayList<>();
        try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(text.substring(start))) {
            values.forEachRemaining(reports::add);
        }
        return reports;
    }

    private static boolean nodeInstalled() {
        for (String tool : List.of("node", "npm")) {
            try {
                Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    return false;
                }
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    /** {@code npm ci} of the pinned packages under target/linters, unless the same lock file was installed there. */
    private static void install() throws Exception {
        Path lock = PACKAGE.resolve("package-lock.json");
        Path installedLock = INSTALLED.resolve("package-lock.json");
        if (Files.exists(installedLock) && Files.mismatch(lock, installedLock) == -1
                && Files.isRegularFile(Path.of(bin("redocly"))) && Files.isRegularFile(Path.of(bin("spectral")))) {
            return;
        }
        Files.createDirectories(INSTALLED);
        Files.copy(PACKAGE.resolve("package.json"), INSTALLED.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
        Path log = INSTALLED.resolve("npm.log");
        Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                .directory(INSTALLED.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(15, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            throw new AssertionError("npm ci did not finish in 15 minutes: " + Files.readString(log));
        }
        if (npm.exitValue() != 0) {
            Files.deleteIfExists(installedLock);
            throw new AssertionError("npm ci failed: " + Files.readString(log));
        }
    }

    private static String bin(String name) {
        return INSTALLED.resolve("node_modules/.bin").resolve(name).toAbsolutePath().toString();
    }

    private static int operationsWithoutResponses(Path main) {
        int count = 0;
        for (Operation operation : OperationWalker.operations(new SpecLoader().load(new FileResource(main)).document())) {
            JsonNode responses = operation.operation().get("responses");
            if (responses == null || responses.isNull()) {
                count++;
            }
        }
        return count;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
