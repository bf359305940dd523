package dev.apierrors.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PluginMetadataTest {

    @Test
    void m2e_runs_the_generate_goal_in_incremental_builds() throws Exception {
        Document metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertThat(in).as("the plugin ships its m2e lifecycle mapping").isNotNull();
            metadata = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element execution = (Element) metadata.getElementsByTagName("pluginExecution").item(0);

        assertThat(execution.getElementsByTagName("goal").item(0).getTextContent()).isEqualTo("generate");
        assertThat(execution.getElementsByTagName("runOnIncremental").item(0).getTextContent()).isEqualTo("true");
    }

    @Test
    void the_enriched_description_is_attached_with_its_extension_as_type() {
        assertThat(EnrichedSpecArtifact.type(Path.of("target/api-errors/openapi.yaml"))).isEqualTo("yaml");
        assertThat(EnrichedSpecArtifact.type(Path.of("target/api-errors/openapi.YML"))).isEqualTo("yml");
        assertThat(EnrichedSpecArtifact.type(Path.of("target/api-errors/api.json"))).isEqualTo("json");
        assertThat(EnrichedSpecArtifact.CLASSIFIER).isEqualTo("api-errors");
    }
}
