package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.TestSpecs;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.enrich.Enricher;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.enrich.EnrichmentReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundlingEdgeCasesTest {

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private ObjectNode load(Path main) {
        return new SpecLoader().load(new FileResource(main)).document();
    }

    private static void assertSelfContained(JsonNode document) {
        assertThat(TestSpecs.refs(document)).allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse();
        });
    }

    @Test
    void headersAndComponentsNamedLikeExtensionsAreBundledToo() throws IOException {
        write("common.yaml",
                "RequestId: {schema: {type: string}}",
                "Tenant: {name: tenant, in: header, schema: {type: string}}");
        Path main = write("openapi.yaml",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths:",
                "  /a:",
                "    get:",
                "      parameters: [{$ref: '#/components/parameters/x-tenant'}]",
                "      responses:",
                "        '200':",
                "          description: ok",
                "          headers:",
                "            x-request-id: {$ref: 'common.yaml#/RequestId'}",
                "components:",
                "  parameters:",
                "    x-tenant: {$ref: 'common.yaml#/Tenant'}");
        ObjectNode document = load(main);

        assertSelfContained(document);
        assertThat(document.at("/components/parameters/x-tenant/name").asText()).isEqualTo("tenant");
        assertThat(document.at("/paths/~1a/get/responses/200/headers/x-request-id/$ref").asText())
                .isEqualTo("#/components/headers/RequestId");
    }

    @Test
    void discriminatorMappingsThatReferenceOtherFilesAreRewritten() throws IOException {
        write("pets.yaml",
                "Pet:",
                "  type: object",
                "  oneOf: [{$ref: '#/Cat'}, {$ref: '#/Dog'}]",
                "  discriminator:",
                "    propertyName: kind",
                "    mapping: {cat: '#/Cat', dog: 'pets.yaml#/Dog', plain: Plain}",
                "Cat: {type: object, properties: {kind: {type: string}}}",
                "Dog: {type: object, properties: {kind: {type: string}}}");
        Path main = write("openapi.yaml",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths:",
                "  /pets:",
                "    get:",
                "      responses:",
                "        '200': {description: ok, content: {application/json: {schema: {$ref: 'pets.yaml#/Pet'}}}}",
                "components:",
                "  schemas:",
                "    Plain: {type: object}");
        ObjectNode document = load(main);

        JsonNode mapping = document.at("/components/schemas/Pet/discriminator/mapping");
        assertThat(mapping.get("cat").asText()).isEqualTo("#/components/schemas/Cat");
        assertThat(mapping.get("dog").asText()).isEqualTo("#/components/schemas/Dog");
        assertThat(mapping.get("plain").asText()).as("a plain schema name stays").isEqualTo("Plain");
        assertThat(document.at("/components/schemas/Dog/type").asText()).isEqualTo("object");
        assertSelfContained(document);
    }

    @Test
    void aPathItemFileUsedTwiceIsCopiedOnceAndReferenced() throws IOException {
        write("pets.yaml",
                "get:",
                "  operationId: listPets",
                "  responses: {'200': {description: ok}}");
        Path main = write("openapi.yaml",
                "openapi: 3.1.0",
                "info: {title: t, version: '1'}",
                "paths:",
                "  /pets: {$ref: pets.yaml}",
                "components:",
                "  pathItems:",
                "    Pets: {$ref: pets.yaml}");
        ObjectNode document = load(main);
        EnrichmentReport report = new Enricher(EnrichmentOptions.defaults()).enrich(document);

        assertThat(document.at("/paths/~1pets/$ref").asText()).isEqualTo("#/components/pathItems/Pets");
        assertThat(document.at("/components/pathItems/Pets/get/operationId").asText()).isEqualTo("listPets");
        assertThat(report.operations()).as("one operation, not a copy of it").isEqualTo(1);
        assertSelfContained(document);
    }

    @Test
    void theMainFilesOwnReferencesStayAsWritten() throws IOException {
        Path main = write("openapi.yaml",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths:",
                "  /pets/{id}:",
                "    get: {responses: {'200': {description: ok}}}",
                "  /alias: {$ref: '#/paths/~1pets~1%7Bid%7D'}");
        ObjectNode document = load(main);

        assertThat(document.at("/paths/~1alias/$ref").asText()).isEqualTo("#/paths/~1pets~1%7Bid%7D");
    }

    @Test
    void aBrokenPercentEscapeIsAClearError() throws IOException {
        Path main = write("openapi.yaml",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths:",
                "  /a:",
                "    get:",
                "      responses:",
                "        '200': {description: ok, content: {application/json: {schema: {$ref: 'x%zz.yaml'}}}}");

        assertThatThrownBy(() -> load(main))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageContaining("openapi.yaml")
                .hasMessageContaining("x%zz.yaml");
    }

    @Test
    void componentsOfTheMainFileMayReferenceOtherFilesBeforeOtherComponents() throws IOException {
        write("owner.yaml", "type: object", "properties: {name: {type: string}}");
        Path main = write("openapi.yaml",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths: {}",
                "components:",
                "  schemas:",
                "    Pet:",
                "      type: object",
                "      properties:",
                "        owner: {$ref: 'owner.yaml'}",
                "    Other: {type: string}");
        ObjectNode document = load(main);

        assertThat(document.at("/components/schemas/Pet/properties/owner/$ref").asText())
                .isEqualTo("#/components/schemas/owner");
        assertThat(document.at("/components/schemas").fieldNames()).toIterable()
                .containsExactly("Pet", "Other", "owner");
        assertThat(document.at("/components/schemas/Other/type").asText()).isEqualTo("string");
        assertSelfContained(document);
    }

    @Test
    void flowStyleYamlIsReadAsYaml() throws IOException {
        Path main = write("flow.yaml", "{openapi: 3.0.3, info: {title: t, version: '1'}, paths: {}}");

        assertThat(load(main).get("openapi").asText()).isEqualTo("3.0.3");
    }
}
