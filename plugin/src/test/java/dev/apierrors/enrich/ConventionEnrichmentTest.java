package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.TestSpecs;
import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.convention.InvalidConventionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The enrichment follows the chosen convention: its codes, bodies, media type and descriptions. */
class ConventionEnrichmentTest {

    private static final String TEAM = String.join("\n",
            "mediaType: application/json",
            "bodies:",
            "  MyError:",
            "    type: object",
            "    required: [code, message]",
            "    properties:",
            "      code: {type: string}",
            "      message: {type: string}",
            "      cause: {$ref: '#/components/schemas/MyCause'}",
            "  MyCause: {type: object, properties: {text: {type: string}}}",
            "  Unused: {type: object}",
            "statuses:",
            "  - {code: 400, reason: Bad Request, description: The request was invalid., body: MyError, retry: never}",
            "  - {code: 404, reason: Not Found, description: No such thing., body: MyError, retry: never}",
            "  - {code: 429, reason: Too Many Requests, description: Slow down., body: MyError, retry: retryable}",
            "  - {code: 503, reason: Service Unavailable, description: Try later., body: MyError, retry: escalate}",
            "");

    @TempDir
    Path folder;

    private Convention team(String text) throws IOException {
        Files.writeString(folder.resolve("errors.yaml"), text);
        return ConventionReader.resolve("errors.yaml", folder);
    }

    private static List<String> codes(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.get("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    @Test
    void aTeamsConventionGivesItsCodesBodiesAndMediaType() throws IOException {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        new Enricher(EnrichmentOptions.defaults().withConvention(team(TEAM))).enrich(document);

        assertThat(codes(document.at("/paths/~1pets/get"))).containsExactly("200", "default", "400", "404", "429", "503");
        assertThat(document.at("/paths/~1pets/get/responses/429/$ref").asText())
                .isEqualTo("#/components/responses/ApiErrorTooManyRequests");
        JsonNode response = document.at("/components/responses/ApiErrorTooManyRequests");
        assertThat(response.get("description").asText())
                .isEqualTo("Too Many Requests. Slow down. Retryable: the same request may succeed later.");
        assertThat(response.at("/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/MyError");
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.has("MyError")).isTrue();
        assertThat(schemas.has("MyCause")).as("referred to by a used body").isTrue();
        assertThat(schemas.has("Unused")).as("no status uses it").isFalse();
        assertThat(schemas.has("ApiError")).isFalse();
        assertThat(schemas.at("/MyError/properties/cause/$ref").asText()).isEqualTo("#/components/schemas/MyCause");
    }

    @Test
    void problemDetailsHaveTheirMediaType() {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        new Enricher(EnrichmentOptions.defaults().withConvention(ConventionReader.preset(Convention.PROBLEM)))
                .enrich(document);

        JsonNode notFound = document.at("/components/responses/ApiErrorNotFound/content");
        assertThat(notFound.fieldNames()).toIterable().containsExactly("application/problem+json");
        assertThat(document.at("/components/schemas/ApiError/properties/instance/format").asText())
                .isEqualTo("uri-reference");
        assertThat(document.at("/components/schemas/ApiValidationError/required/0").asText()).isEqualTo("errors");
    }

    @Test
    void smartModeAddsCodesItDoesNotKnowEverywhere() throws IOException {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        new Enricher(EnrichmentOptions.defaults().withConvention(team(TEAM)).withApplicability(Applicability.SMART))
                .enrich(document);

        assertThat(codes(document.at("/paths/~1pets/get"))).contains("429", "503").doesNotContain("404");
        assertThat(codes(document.at("/paths/~1pets~1{petId}/get"))).as("its author's 5XX covers 503")
                .containsExactly("200", "404", "5XX", "400", "429");
    }

    @Test
    void errorCodesFilterTheConvention() throws IOException {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        new Enricher(EnrichmentOptions.defaults().withConvention(team(TEAM)).withCodes(Set.of(503))).enrich(document);

        assertThat(codes(document.at("/paths/~1pets/get"))).containsExactly("200", "default", "503");
        assertThat(document.at("/components/responses").fieldNames()).toIterable()
                .containsExactly("ApiErrorServiceUnavailable");
        assertThatThrownBy(() -> EnrichmentOptions.defaults().withConvention(team(TEAM)).withCodes(Set.of(500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'500' is not one of the error codes of the convention")
                .hasMessageContaining("[400, 404, 429, 503]");
    }

    @Test
    void aBodyThatClashesWithASchemaOfTheDescriptionFailsNamingTheConventionLine() throws IOException {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        Convention clashing = team(TEAM.replace("MyError", "Pet"));

        assertThatThrownBy(() -> new Enricher(EnrichmentOptions.defaults().withConvention(clashing)).enrich(document))
                .isInstanceOf(InvalidConventionException.class)
                .hasMessageStartingWith("invalid convention: " + folder.resolve("errors.yaml") + ":3: body 'Pet'"
                        + " clashes with components/schemas/Pet of the description");
    }

    @Test
    void anIdenticalBodyFromAnEarlierEnrichmentIsReused() throws IOException {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        EnrichmentOptions options = EnrichmentOptions.defaults().withConvention(team(TEAM));
        new Enricher(options).enrich(document);
        ObjectNode once = document.deepCopy();

        EnrichmentReport second = new Enricher(options).enrich(document);

        assertThat(document).isEqualTo(once);
        assertThat(second.added()).isZero();
    }
}
