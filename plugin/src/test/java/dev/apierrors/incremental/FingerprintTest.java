package dev.apierrors.incremental;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    private static final String MAIN = Path.of("/p/spec/openapi.yaml").toUri().toString();
    private static final String SCHEMAS = Path.of("/p/spec/schemas.yaml").toUri().toString();

    private static Fingerprint fingerprint(String plugin, Map<String, String> configuration, Map<String, String> templates,
                                           List<SourceDigest> sources) {
        return new Fingerprint(plugin, new TreeMap<>(configuration), new TreeMap<>(templates), sources);
    }

    private static final Fingerprint BASE = fingerprint("1.0", Map.of("basePackage", "a.b", "framework", "NONE"),
            Map.of("default:Error.mustache", "t1"),
            List.of(new SourceDigest(MAIN, "m1", null), new SourceDigest(SCHEMAS, "s1", null)));

    @Test
    void equal_fingerprints_have_no_difference() {
        Fingerprint same = fingerprint("1.0", Map.of("framework", "NONE", "basePackage", "a.b"),
                Map.of("default:Error.mustache", "t1"),
                List.of(new SourceDigest(MAIN, "m1", null), new SourceDigest(SCHEMAS, "s1", null)));
        assertThat(same.differenceFrom(BASE)).isNull();
    }

    @Test
    void a_changed_referenced_file_is_named() {
        Fingerprint now = fingerprint("1.0", BASE.configuration(), BASE.templates(),
                List.of(new SourceDigest(MAIN, "m1", null), new SourceDigest(SCHEMAS, "s2", null)));
        assertThat(now.differenceFrom(BASE)).isEqualTo(Path.of("/p/spec/schemas.yaml").toAbsolutePath() + " changed");
    }

    @Test
    void a_file_that_cannot_be_read_any_more_is_named() {
        Fingerprint now = fingerprint("1.0", BASE.configuration(), BASE.templates(),
                List.of(new SourceDigest(MAIN, "m1", null), new SourceDigest(SCHEMAS, SourceDigest.MISSING, null)));
        assertThat(now.differenceFrom(BASE)).endsWith("schemas.yaml cannot be read any more");
    }

    @Test
    void a_changed_configuration_value_is_named_with_both_values() {
        Fingerprint now = fingerprint("1.0", Map.of("basePackage", "c.d", "framework", "NONE"), BASE.templates(),
                BASE.sources());
        assertThat(now.differenceFrom(BASE)).isEqualTo("the configuration changed: basePackage (a.b -> c.d)");
    }

    @Test
    void templates_added_changed_and_removed_are_told_apart() {
        Fingerprint changed = fingerprint("1.0", BASE.configuration(), Map.of("default:Error.mustache", "t2"), BASE.sources());
        Fingerprint added = fingerprint("1.0", BASE.configuration(),
                Map.of("default:Error.mustache", "t1", "user:Error.mustache", "u1"), BASE.sources());
        Fingerprint removed = fingerprint("1.0", BASE.configuration(), Map.of(), BASE.sources());

        assertThat(changed.differenceFrom(BASE)).isEqualTo("template default:Error.mustache changed");
        assertThat(added.differenceFrom(BASE)).isEqualTo("template user:Error.mustache was added");
        assertThat(removed.differenceFrom(BASE)).isEqualTo("template default:Error.mustache was removed");
    }

    @Test
    void another_plugin_version_regenerates() {
        Fingerprint now = fingerprint("1.1", BASE.configuration(), BASE.templates(), BASE.sources());
        assertThat(now.differenceFrom(BASE)).isEqualTo("the plugin changed (1.0 -> 1.1)");
    }
}
