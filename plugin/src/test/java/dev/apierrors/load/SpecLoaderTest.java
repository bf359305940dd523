package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.apierrors.TestSpecs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SpecLoaderTest {

    @Test
    void keepsTheAuthorsDocumentAsWritten() throws IOException {
        LoadedSpec spec = TestSpecs.load("petstore-30.yaml");
        ObjectNode document = spec.document();
        JsonNode plain = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(TestSpecs.path("petstore-30.yaml").toFile());

        assertThat(spec.version()).isEqualTo(SpecVersion.OPENAPI_3_0);
        assertThat(document).as("the loaded tree is the file's tree").isEqualTo(plain);
        assertThat(document.at("/components/schemas/Pet/required").toString()).isEqualTo("[\"name\",\"id\"]");
        assertThat(document.at("/info").has("x-null-valued")).isTrue();
        assertThat(document.at("/info/x-null-valued").isNull()).isTrue();
        assertThat(document.at("/paths/~1pets/get/x-vendor/keep").isNull()).isTrue();
        assertThat(document.at("/components/schemas/Pet/properties/tags/type").asText()).isEqualTo("string");
        assertThat(document.at("/components/schemas/Pet").has("type")).as("no type inferred").isFalse();
        assertThat(document.at("/paths/~1pets/parameters/0/$ref").asText())
                .isEqualTo("#/components/parameters/TraceId");
        assertThat(document.at("/paths/~1pets/get").has("parameters")).as("path-level parameters stay").isFalse();
        assertThat(document.get("servers").isArray() && document.get("servers").isEmpty()).isTrue();
        assertThat(spec.sources()).hasSize(1);
        assertThat(spec.sources().get(0).sha256()).hasSize(64);
    }

    @Test
    void openApi31StaysOpenApi31() {
        ObjectNode document = TestSpecs.document("events-31.yaml");

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("jsonSchemaDialect").asText()).startsWith("https://");
        assertThat(document.at("/webhooks/newEvent/post").isObject()).isTrue();
        assertThat(document.at("/components/pathItems/EventItem").isObject()).isTrue();
        assertThat(document.at("/components/schemas/Event/properties/payload/type").toString())
                .isEqualTo("[\"object\",\"null\"]");
    }

    @Test
    void swagger20IsConvertedToOpenApi30() {
        LoadedSpec spec = TestSpecs.load("petstore-20.yaml");
        ObjectNode document = spec.document();

        assertThat(spec.version()).isEqualTo(SpecVersion.SWAGGER_2_0);
        assertThat(document.get("openapi").asText()).startsWith("3.0");
        assertThat(document.at("/paths/~1pets~1{id}/get/operationId").asText()).isEqualTo("getLegacyPet");
        assertThat(document.at("/components/schemas/Pet/properties/name/type").asText()).isEqualTo("string");
        assertThat(document.at("/paths/~1pets~1{id}/get/responses/404/description").asText()).isEqualTo("Not here");
    }

    @Test
    void multiFileDescriptionBecomesOneSelfContainedDocument() {
        LoadedSpec spec = TestSpecs.load("multi/openapi.yaml");
        ObjectNode document = spec.document();

        assertThat(TestSpecs.refs(document)).as("every $ref is local").allMatch(ref -> ref.startsWith("#/"));
        // path items from other files are copied in place
        assertThat(document.at("/paths/~1orders/get/operationId").asText()).isEqualTo("listOrders");
        assertThat(document.at("/paths/~1orders~1{orderId}/get/operationId").asText()).isEqualTo("getOrder");
        assertThat(document.at("/paths/~1orders~1{orderId}/parameters/0/name").asText()).isEqualTo("orderId");
        // a component that only pointed to a file takes the file's content under its own name
        assertThat(document.at("/components/schemas/Order/required").toString()).isEqualTo("[\"id\",\"lines\"]");
        assertThat(document.at("/paths/~1orders/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Order");
        assertThat(document.at("/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Order");
        // other objects are added to components, named after their pointer
        assertThat(document.at("/components/schemas/Order/properties/lines/items/$ref").asText())
                .isEqualTo("#/components/schemas/Line");
        assertThat(document.at("/components/schemas/Line/properties/parent/$ref").asText())
                .as("a recursive schema in another file stays recursive").isEqualTo("#/components/schemas/Line");
        assertThat(document.at("/paths/~1orders/get/parameters/0/$ref").asText())
                .isEqualTo("#/components/parameters/Limit");
        assertThat(document.at("/components/parameters/Limit/name").asText()).isEqualTo("limit");
        Path folder = TestSpecs.path("multi/openapi.yaml").getParent();
        assertThat(spec.sources()).extracting(s -> folder.relativize(Path.of(s.resource().displayName())).toString())
                .containsExactlyInAnyOrder("openapi.yaml", "paths/orders.yaml", "paths/order.yaml",
                        "common/parameters.yaml", "schemas/order.yaml", "schemas/line.yaml");
        assertThat(spec.sources().get(0).resource().displayName()).endsWith("openapi.yaml");
    }

    @Test
    void jsonAndYamlOfTheSameDescriptionLoadAlike(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        JsonNode yaml = TestSpecs.document("petstore-30.yaml");
        Path json = folder.resolve("petstore.json");
        Files.writeString(json, new ObjectMapper().writeValueAsString(yaml));

        assertThat(new SpecLoader().load(new FileResource(json)).document()).isEqualTo(yaml);
    }

    @Test
    void yamlAliasesAndMergeKeysAreExpanded(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("aliases.yaml");
        Files.writeString(file, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "x-defs:",
                "  ok: &ok {description: OK}",
                "  base: &base {type: string, maxLength: 3}",
                "paths:",
                "  /a:",
                "    get:",
                "      responses:",
                "        '200': *ok",
                "      parameters:",
                "        - name: q",
                "          in: query",
                "          schema:",
                "            <<: *base",
                "            maxLength: 5",
                ""));
        ObjectNode document = new SpecLoader().load(new FileResource(file)).document();

        assertThat(document.at("/paths/~1a/get/responses/200/description").asText()).isEqualTo("OK");
        assertThat(document.at("/paths/~1a/get/parameters/0/schema/type").asText()).isEqualTo("string");
        assertThat(document.at("/paths/~1a/get/parameters/0/schema/maxLength").asInt()).isEqualTo(5);
    }

    @Test
    void loadingDoesNotChangeWhatTheYamlSays() throws IOException {
        // Swagger Parser checks the very tree we write: it must leave it as it found it.
        JsonNode raw = new YAMLMapper().readTree(TestSpecs.path("events-31.yaml").toFile());
        assertThat(TestSpecs.document("events-31.yaml")).isEqualTo(raw);
    }
}
