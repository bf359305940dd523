package dev.apierrors.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Descriptions that are unusual but valid are read without errors: the rules that fail bad
 * descriptions must not catch good ones.
 */
class ValidEdgeTest {

    @ParameterizedTest
    @ValueSource(strings = {"openapi30-edge.yaml", "openapi31-edge.yaml", "swagger2-multifile/swagger.yaml"})
    void readsWithoutWarnings(String name) {
        LoadedSpec spec = new SpecLoader().load(new FileResource(resource(name)));

        assertThat(spec.warnings()).isEmpty();
    }

    @Test
    void textThatLooksLikeAReferenceInExtensionsAndExamplesIsNotFollowed() {
        LoadedSpec spec = new SpecLoader().load(new FileResource(resource("openapi30-edge.yaml")));

        assertThat(spec.document().at("/paths/~1pets~1{id}/get/responses/200/content/application~1json/example/$ref")
                .asText()).isEqualTo("an example value that looks like a reference");
        assertThat(spec.sources()).hasSize(1);
    }

    @Test
    void swagger2OverTwoFilesIsConvertedWithBothFilesAsSources() {
        LoadedSpec spec = new SpecLoader().load(new FileResource(resource("swagger2-multifile/swagger.yaml")));

        assertThat(spec.version()).isEqualTo(SpecVersion.SWAGGER_2_0);
        assertThat(spec.document().at("/components/schemas/Pet/properties/parent/$ref").asText())
                .isEqualTo("#/components/schemas/Pet");
        assertThat(spec.document().at("/paths/~1pets/get/parameters/0/name").asText()).isEqualTo("limit");
        assertThat(spec.sources()).extracting(source -> source.resource().displayName())
                .containsExactly(resource("swagger2-multifile/swagger.yaml").toString(),
                        resource("swagger2-multifile/definitions.yaml").toString());
    }

    @Test
    void aReplacementCharacterWrittenByTheAuthorIsTextNotAnError(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("openapi.json");
        Files.write(file, ("\uFEFF{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"\uFFFD caf\u00E9\","
                + " \"version\": \"1\"}, \"paths\": {}}").getBytes(StandardCharsets.UTF_8));

        DocumentReader.Read read = new DocumentReader().read(new FileResource(file));

        assertThat(read.tree().at("/info/title").asText()).isEqualTo("\uFFFD caf\u00E9");
        assertThat(read.utf8()).as("the file's bytes, its byte order mark included").isEqualTo(Files.readAllBytes(file));
        assertThat(read.text()).as("a JSON file is kept as bytes only").isNull();
    }

    @Test
    void theAuthorsJsonIsKeptAsItsBytesAndItsTreeReadAgainFromThem(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("openapi.json");
        Files.write(file, ("\uFEFF{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"caf\u00E9 \u20AC \uD83D\uDE00\","
                + " \"version\": \"1\"}, \"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {\"description\": \"1.10\","
                + " \"x-n\": 1.10}}}}}}").getBytes(StandardCharsets.UTF_8));

        AuthorText author = new SpecLoader().bundle(new FileResource(file)).authorText();

        assertThat(author.json()).isTrue();
        assertThat(author.text()).isNull();
        assertThat(author.utf8()).isEqualTo(Files.readAllBytes(file));
        assertThat(author.tree().get().at("/info/title").asText()).isEqualTo("caf\u00E9 \u20AC \uD83D\uDE00");
        assertThat(author.tree().get().at("/paths/~1a/get/responses/200/x-n").decimalValue())
                .as("numbers as written").hasToString("1.10");
        assertThat(author.tree().get()).isNotSameAs(author.tree().get());
    }

    @Test
    void aLargeFileHasTheDigestOfItsBytesTakenBesideItsParse(@TempDir Path folder) throws IOException {
        StringBuilder json = new StringBuilder("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\","
                + " \"version\": \"1\"}, \"paths\": {}, \"x-filler\": [");
        while (json.length() < DocumentReader.DIGEST_ASIDE_BYTES) {
            json.append("\"").append(json.length()).append(" é\", ");
        }
        json.append("\"end\"]}");
        Path file = folder.resolve("large.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Path yaml = folder.resolve("large.yaml");
        Files.writeString(yaml, json, StandardCharsets.UTF_8);

        for (Path each : new Path[] {file, yaml}) {
            byte[] bytes = Files.readAllBytes(each);
            assertThat(bytes.length).as("large enough to be digested aside").isGreaterThan(DocumentReader.DIGEST_ASIDE_BYTES);
            DocumentReader.Read read = new DocumentReader().read(new FileResource(each));
            assertThat(read.sha256()).as("%s", each).isEqualTo(Digests.sha256(bytes));
            assertThat(read.tree().at("/x-filler/0").asText()).endsWith(" é");
        }
    }

    @Test
    void aYamlFileKeepsItsTextWithItsByteOrderMark(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("openapi.yaml");
        Files.write(file, "\uFEFFopenapi: 3.0.3\ninfo: {title: caf\u00E9, version: '1'}\npaths: {}\n"
                .getBytes(StandardCharsets.UTF_8));

        DocumentReader.Read read = new DocumentReader().read(new FileResource(file));

        assertThat(read.json()).isFalse();
        assertThat(read.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(read.utf8()).isNull();
        assertThat(read.tree().at("/info/title").asText()).isEqualTo("caf\u00E9");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ValidEdgeTest.class.getResource("/valid-edge/").toURI()).resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
