package dev.apierrors.incremental;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluginVersionTest {

    @Test
    void the_version_is_the_built_one() {
        assertThat(PluginVersion.current()).as("filtered from the project version")
                .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( \\(jar crc32:[0-9a-f]{8}:\\d+\\))?");
    }
}
