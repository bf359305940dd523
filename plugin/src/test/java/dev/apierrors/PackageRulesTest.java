package dev.apierrors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the plugin show its pipeline, and their imports keep to it: a package imports
 * only packages of the layers below its own, so no two packages import each other and none
 * imports one above it; {@code core}, the orchestrator, is imported only by {@code maven}, the
 * goals. Read from the import lines of the main sources.
 */
class PackageRulesTest {

    /**
     * From the bottom up; a package imports only packages of lower layers. The pipeline is
     * load, enrich, view, render, incremental; beside it, the words every stage shares
     * ({@code shared}), the structure of an OpenAPI document ({@code document}), the places of
     * outputs ({@code paths}), the text edit ({@code textedit}), conventions ({@code convention})
     * and the author's own files ({@code authored}, for check and apply).
     */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("shared"),
            Set.of("document", "paths"),
            Set.of("textedit", "load"),
            Set.of("convention", "authored"),
            Set.of("enrich"),
            Set.of("view"),
            Set.of("render"),
            Set.of("incremental"),
            Set.of("core"),
            Set.of("maven"));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.apierrors\\.([a-z0-9_]+)\\.");

    @Test
    void every_package_imports_only_packages_below_it() throws IOException {
        Map<String, Set<String>> imports = imports(ProjectFiles.pluginModule().resolve("src/main/java/dev/apierrors"));
        Map<String, Integer> layer = layers();

        assertThat(imports.keySet()).as("packages of the plugin; a new one needs its place in LAYERS")
                .allMatch(layer::containsKey);
        List<String> violations = new ArrayList<>();
        imports.forEach((from, targets) -> targets.forEach(to -> {
            if (layer.get(to) == null || layer.get(to) >= layer.get(from)) {
                violations.add(from + " -> " + to);
            }
        }));

        assertThat(violations).as("imports of a package at or above the importer's layer (LAYERS)").isEmpty();
    }

    @Test
    void only_the_goals_import_the_orchestrator() throws IOException {
        Map<String, Set<String>> imports = imports(ProjectFiles.pluginModule().resolve("src/main/java/dev/apierrors"));

        List<String> importers = new ArrayList<>();
        imports.forEach((from, targets) -> {
            if (targets.contains("core") && !from.equals("maven")) {
                importers.add(from);
            }
        });

        assertThat(imports.get("maven")).contains("core");
        assertThat(importers).as("packages other than maven that import core").isEmpty();
    }

    @Test
    void an_import_of_a_higher_layer_is_found() {
        Map<String, Set<String>> imports = new TreeMap<>();
        record(imports, "load", "import dev.apierrors.shared.ApiErrorsException;");
        record(imports, "load", "import static dev.apierrors.enrich.Enricher.enrich;");
        record(imports, "load", "import dev.apierrors.load.Other;");
        record(imports, "load", "import com.fasterxml.jackson.databind.JsonNode;");

        assertThat(imports).containsExactly(Map.entry("load", Set.of("shared", "enrich")));
        assertThat(layers().get("enrich")).isGreaterThan(layers().get("load"));
    }

    private static Map<String, Integer> layers() {
        Map<String, Integer> layer = new LinkedHashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String name : LAYERS.get(i)) {
                layer.put(name, i);
            }
        }
        return layer;
    }

    /** For each package under {@code root}, the other packages of the plugin it imports. */
    static Map<String, Set<String>> imports(Path root) throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                imports.computeIfAbsent(from, any -> new TreeSet<>());
                for (String line : Files.readAllLines(file)) {
                    record(imports, from, line);
                }
            }
        }
        return imports;
    }

    private static void record(Map<String, Set<String>> imports, String from, String line) {
        Matcher matcher = IMPORT.matcher(line.strip());
        Set<String> targets = imports.computeIfAbsent(from, any -> new TreeSet<>());
        if (matcher.find() && !matcher.group(1).equals(from)) {
            targets.add(matcher.group(1));
        }
    }
}
