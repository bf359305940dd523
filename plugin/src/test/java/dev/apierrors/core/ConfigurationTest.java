package dev.apierrors.core;

import dev.apierrors.view.ClientLibrary;
import dev.apierrors.view.Framework;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class ConfigurationTest {

    @TempDir
    Path project;

    /** One changed request per component of the request; a new component must be added here. */
    private Map<String, UnaryOperator<GenerationRequest>> variants() {
        Map<String, UnaryOperator<GenerationRequest>> variants = new LinkedHashMap<>();
        variants.put("inputSpec", r -> copy(r, 0, new FileResource(project.resolve("other.yaml"))));
        variants.put("enrichedSpec", r -> copy(r, 1, project.resolve("other/openapi.json")));
        variants.put("outputDirectory", r -> copy(r, 2, project.resolve("other-sources")));
        variants.put("basePackage", r -> copy(r, 3, "com.example.other"));
        variants.put("framework", r -> copy(r, 4, Framework.SPRING));
        variants.put("enrichmentSettings", r -> copy(r, 5, r.enrichment().withApplicability(Applicability.SMART)));
        variants.put("templateDirectory", r -> copy(r, 6, project.resolve("templates")));
        variants.put("workDirectory", r -> copy(r, 7, project.resolve("other-state")));
        variants.put("force", r -> copy(r, 8, true));
        variants.put("sourceFolders", r -> copy(r, 9, new SourceFolders(List.of(project.resolve("src/main/java")),
                List.of(project.resolve("target/generated-sources/other")))));
        variants.put("buildDirectory", r -> copy(r, 10, project.resolve("build")));
        variants.put("clientLibraries", r -> copy(r, 11, Set.of(ClientLibrary.FEIGN)));
        return variants;
    }

    @Test
    void every_value_of_the_request_but_force_is_part_of_the_configuration() {
        GenerationRequest base = TestRequests.request(project);
        SortedMap<String, String> configuration = Configuration.of(base);
        Map<String, UnaryOperator<GenerationRequest>> variants = variants();
        for (RecordComponent component : GenerationRequest.class.getRecordComponents()) {
            UnaryOperator<GenerationRequest> variant = variants.get(component.getName());
            if (variant == null) {
                fail("GenerationRequest has a new component '" + component.getName()
                        + "': add a variant here and check that it is part of the fingerprint");
            }
            SortedMap<String, String> changed = Configuration.of(variant.apply(base));
            if (Set.of("force", "sourceFolders", "buildDirectory").contains(component.getName())) {
                assertThat(changed).as("%s decides whether to generate, not what", component.getName())
                        .isEqualTo(configuration);
            } else {
                assertThat(changed).as("changing %s changes the configuration", component.getName())
                        .isNotEqualTo(configuration);
            }
        }
    }

    @Test
    void nested_options_are_named_one_by_one() {
        GenerationRequest base = TestRequests.request(project);
        GenerationRequest fewerCodes = copy(base, 5, base.enrichment().withCodes(Set.of(400)));
        GenerationRequest renamed = copy(base, 5, base.enrichment().withNames(
                new ComponentNames("Problem", "ValidationProblem", "Problem")));

        assertThat(Configuration.of(base)).containsKeys("enrichment.codes", "enrichment.applicability",
                "enrichment.names.errorSchema", "basePackage", "framework");
        assertThat(Configuration.of(fewerCodes).get("enrichment.codes"))
                .as("codes changed").isNotEqualTo(Configuration.of(base).get("enrichment.codes"));
        assertThat(Configuration.of(renamed).get("enrichment.names.errorSchema")).isEqualTo("Problem");
    }

    @Test
    void the_same_request_gives_the_same_text() {
        assertThat(Configuration.of(TestRequests.request(project)))
                .isEqualTo(Configuration.of(TestRequests.request(project)));
    }

    /** A build tool's settings, as the goal's parameters are: two of them, for the test. */
    record Settings(String convention, List<String> errorCodes) {
    }

    private static EnrichmentSettings deferred(Settings settings, Path conventionFile) {
        return EnrichmentSettings.deferred(settings, new FileResource(conventionFile), conventionFile, () -> {
            throw new AssertionError("fingerprinting must not resolve the settings");
        });
    }

    @Test
    void deferred_settings_are_fingerprinted_from_the_settings_and_the_convention_bytes_without_reading_it()
            throws Exception {
        Path convention = project.resolve("errors.yaml");
        java.nio.file.Files.writeString(convention, "mediaType: application/json\n");
        GenerationRequest base = TestRequests.request(project);
        GenerationRequest request = copy(base, 5, deferred(new Settings("errors.yaml", List.of("400")), convention));
        SortedMap<String, String> before = Configuration.of(request);

        assertThat(before).containsEntry("convention", "errors.yaml").containsEntry("errorCodes", "[400]")
                .containsKey("convention file digest").doesNotContainKey("enrichmentSettings");
        assertThat(Configuration.of(copy(base, 5, deferred(new Settings("errors.yaml", List.of("404")), convention))))
                .as("another setting").isNotEqualTo(before);
        // a key the reader of today does not know is part of the bytes all the same
        java.nio.file.Files.writeString(convention, "mediaType: application/json\nsomeFutureKey: true\n");
        assertThat(Configuration.of(request).get("convention file digest")).as("the convention's bytes changed")
                .isNotEqualTo(before.get("convention file digest"));
        java.nio.file.Files.delete(convention);
        assertThat(Configuration.of(request).get("convention file digest")).isEqualTo("(cannot be read)");
    }

    @Test
    void deferred_settings_are_resolved_once_when_asked() {
        int[] calls = {0};
        EnrichmentSettings settings = EnrichmentSettings.deferred(new Settings("standard", List.of()),
                new FileResource(project.resolve("none.yaml")), null, () -> {
                    calls[0]++;
                    return dev.apierrors.enrich.EnrichmentOptions.defaults();
                });
        assertThat(calls[0]).isZero();
        assertThat(settings.options()).isSameAs(settings.options());
        assertThat(calls[0]).isEqualTo(1);
    }

    private static GenerationRequest copy(GenerationRequest r, int index, Object value) {
        Object[] values = {r.inputSpec(), r.enrichedSpec(), r.outputDirectory(), r.basePackage(), r.framework(),
                r.enrichmentSettings(), r.templateDirectory(), r.workDirectory(), r.force(), r.sourceFolders(),
                r.buildDirectory(), r.clientLibraries()};
        values[index] = value;
        return new GenerationRequest((dev.apierrors.load.SpecResource) values[0], (Path) values[1], (Path) values[2],
                (String) values[3], (Framework) values[4], values[5] instanceof EnrichmentSettings settings ? settings
                : EnrichmentSettings.of((dev.apierrors.enrich.EnrichmentOptions) values[5]),
                (Path) values[6], (Path) values[7], (Boolean) values[8], (SourceFolders) values[9],
                (Path) values[10], castLibraries(values[11]));
    }

    @SuppressWarnings("unchecked")
    private static Set<ClientLibrary> castLibraries(Object value) {
        return (Set<ClientLibrary>) value;
    }
}
