package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A component is added only when an added response refers to it, as linters ask (no unused components). */
class OnlyReferencedComponentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode document(String paths) throws IOException {
        return (ObjectNode) JSON.readTree(("{'openapi': '3.0.3', 'info': {'title': 't', 'version': '1'}, 'paths': "
                + paths + "}").replace('\'', '"'));
    }

    private static List<String> names(JsonNode section) {
        List<String> names = new ArrayList<>();
        section.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aCodeEveryOperationDeclaresGetsNoComponent() throws IOException {
        ObjectNode document = document("{'/pets': {'get': {'responses': {'200': {'description': 'ok'},"
                + " '400': {'description': 'bad'}, '404': {'description': 'none'}}},"
                + " 'post': {'responses': {'201': {'description': 'ok'}, '4XX': {'description': 'yours'}}}}}");

        new Enricher(EnrichmentOptions.defaults()).enrich(document);

        assertThat(names(document.at("/components/responses")))
                .containsExactly("ApiErrorUnauthorized", "ApiErrorForbidden", "ApiErrorBusinessLogicError",
                        "ApiErrorValidationError", "ApiErrorInternalServerError");
        assertThat(names(document.at("/components/schemas")))
                .as("422 still needs the validation body").containsExactly("ApiError", "ApiValidationError");
        List<String> refs = document.findValuesAsText("$ref");
        for (String name : names(document.at("/components/responses"))) {
            assertThat(refs).as("something refers to " + name).contains("#/components/responses/" + name);
        }
    }

    @Test
    void aBodyOnlyUnusedStatusesNeedIsLeftOut() throws IOException {
        ObjectNode document = document("{'/pets': {'get': {'responses': {'200': {'description': 'ok'},"
                + " '400': {'description': 'bad'}, '422': {'description': 'invalid'}}}}}");

        new Enricher(EnrichmentOptions.defaults()).enrich(document);

        assertThat(names(document.at("/components/schemas"))).containsExactly("ApiError");
    }

    @Test
    void aDescriptionThatNeedsNothingGainsNothing() throws IOException {
        ObjectNode document = document("{'/pets': {'get': {'responses': {'200': {'description': 'ok'},"
                + " '4XX': {'description': 'yours'}, '5XX': {'description': 'ours'}}}}}");
        ObjectNode before = document.deepCopy();

        EnrichmentReport report = new Enricher(EnrichmentOptions.defaults()).enrich(document);

        assertThat(document).isEqualTo(before);
        assertThat(report.additions().entries()).isEmpty();
        assertThat(report.additions().replaced()).isEmpty();
    }

    @Test
    void componentsOfAnEarlierEnrichmentWithoutExamplesAreReusedNotDuplicated() throws IOException {
        ObjectNode document = document("{'/pets': {'get': {'responses': {'200': {'description': 'ok'}}}}}");
        new Enricher(EnrichmentOptions.defaults()).enrich(document);
        document.with("components").with("responses").fields().forEachRemaining(response ->
                ((ObjectNode) response.getValue().at("/content/application~1json")).remove("example"));
        ((ObjectNode) document.at("/paths/~1pets")).set("post", JSON.createObjectNode().set("responses",
                JSON.createObjectNode().set("201", JSON.createObjectNode().put("description", "ok"))));
        ObjectNode components = document.with("components").deepCopy();

        new Enricher(EnrichmentOptions.defaults()).enrich(document);

        assertThat(document.get("components")).isEqualTo(components);
        assertThat(document.at("/paths/~1pets/post/responses/404/$ref").asText())
                .isEqualTo("#/components/responses/ApiErrorNotFound");
    }

    @Test
    void aComponentDefinedOtherwiseStillFailsWhenItIsNeeded() throws IOException {
        ObjectNode document = document("{'/pets': {'get': {'responses': {'200': {'description': 'ok'}}}}}");
        document.putObject("components").putObject("responses").putObject("ApiErrorNotFound").put("description", "x");

        assertThatThrownBy(() -> new Enricher(EnrichmentOptions.defaults()).enrich(document))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageContaining("components/responses/ApiErrorNotFound already exists");
    }

    @Test
    void everyAddedResponseShowsItsExample() throws IOException {
        ObjectNode document = document("{'/pets': {'get': {'responses': {'200': {'description': 'ok'}}}}}");
        EnrichmentOptions options = EnrichmentOptions.defaults();

        new Enricher(options).enrich(document);

        document.get("components").get("responses").fields().forEachRemaining(response -> {
            JsonNode media = response.getValue().at("/content/application~1json");
            assertThat(media.has("example")).as(response.getKey()).isTrue();
        });
        assertThat(document.at("/components/responses/ApiErrorNotFound/content/application~1json/example"))
                .isEqualTo(options.convention().examples().get(404));
    }
}
