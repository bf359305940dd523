package dev.apierrors.incremental;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class OutputManifestTest {

    @TempDir
    Path project;

    private Path work() {
        return project.resolve("target/api-errors-state/default");
    }

    private OutputManifest writeOutputs() throws Exception {
        Map<String, byte[]> sources = new TreeMap<>();
        sources.put("com/example/Error.java", "class Error {}\n".getBytes(StandardCharsets.UTF_8));
        Path out = project.resolve("target/generated-sources/api-errors");
        Path enriched = project.resolve("target/api-errors/openapi.yaml");
        for (Map.Entry<String, byte[]> file : sources.entrySet()) {
            Files.createDirectories(out.resolve(file.getKey()).getParent());
            Files.write(out.resolve(file.getKey()), file.getValue());
        }
        Files.createDirectories(enriched.getParent());
        Files.writeString(enriched, "openapi: 3.0.3\n");
        return OutputManifest.of(work(), out, sources, enriched, "openapi: 3.0.3\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void folders_are_kept_relative_to_the_work_directory() throws Exception {
        OutputManifest manifest = writeOutputs();
        assertThat(manifest.outputDirectory()).isEqualTo("../../generated-sources/api-errors");
        assertThat(manifest.enrichedSpec()).isEqualTo("../../api-errors/openapi.yaml");
        assertThat(manifest.files(work())).containsOnlyKeys(
                project.resolve("target/generated-sources/api-errors/com/example/Error.java").toAbsolutePath(),
                project.resolve("target/api-errors/openapi.yaml").toAbsolutePath());
    }

    @Test
    void intact_outputs_have_no_damage() throws Exception {
        assertThat(writeOutputs().damage(work())).isNull();
    }

    @Test
    void a_deleted_output_is_damage() throws Exception {
        OutputManifest manifest = writeOutputs();
        Files.delete(project.resolve("target/generated-sources/api-errors/com/example/Error.java"));
        assertThat(manifest.damage(work())).contains("Error.java").endsWith("is gone");
    }

    @Test
    void an_edited_output_is_damage() throws Exception {
        OutputManifest manifest = writeOutputs();
        Files.writeString(project.resolve("target/api-errors/openapi.yaml"), "openapi: 3.0.4\n");
        assertThat(manifest.damage(work())).contains("openapi.yaml").endsWith("was modified");
    }

    @Test
    void a_stamped_file_whose_size_and_time_are_as_written_is_not_read_again() throws Exception {
        OutputManifest manifest = writeOutputs().stamped(work());
        Path enriched = project.resolve("target/api-errors/openapi.yaml");
        FileTime written = Files.getLastModifiedTime(enriched);
        Files.writeString(enriched, "openapi: 3.0.4\n");
        Files.setLastModifiedTime(enriched, written);

        assertThat(manifest.enriched().stamp()).isNotNull();
        assertThat(manifest.damage(work())).as("same size, same time: taken as unchanged, unread").isNull();
    }

    @Test
    void a_stamped_file_with_another_time_is_read_and_compared() throws Exception {
        OutputManifest manifest = writeOutputs().stamped(work());
        Path source = project.resolve("target/generated-sources/api-errors/com/example/Error.java");
        FileTime earlier = FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() - 10_000);

        Files.setLastModifiedTime(source, earlier);
        assertThat(manifest.damage(work())).as("touched, same bytes").isNull();

        Files.writeString(source, "class Other {}\n");
        assertThat(manifest.damage(work())).contains("Error.java").endsWith("was modified");
    }
}
