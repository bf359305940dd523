package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.TestSpecs;
import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Set;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnricherTest {

    private static final List<String> ALL_CODES = List.of("400", "401", "403", "404", "409", "422", "500");

    private static EnrichmentReport enrich(ObjectNode document, EnrichmentOptions options) {
        return new Enricher(options).enrich(document);
    }

    private static List<String> codes(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.get("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private static JsonNode op(ObjectNode document, String path, String method) {
        return document.get("paths").get(path).get(method);
    }

    @Nested
    class EveryOperationGetsTheCodes {

        @Test
        void addsAllSevenByReferenceAfterTheAuthorsResponses() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults());

            JsonNode list = op(document, "/pets", "get");
            assertThat(codes(list)).containsExactly("200", "default", "400", "401", "403", "404", "409", "422", "500");
            assertThat(list.at("/responses/404/$ref").asText()).isEqualTo("#/components/responses/ApiErrorNotFound");
            assertThat(list.at("/responses/409/$ref").asText())
                    .isEqualTo("#/components/responses/ApiErrorBusinessLogicError");
        }

        @Test
        void authorsCodeIsKeptAsWritten() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            JsonNode before = op(document, "/pets/{petId}", "get").get("responses").get("404").deepCopy();
            enrich(document, EnrichmentOptions.defaults());

            JsonNode after = op(document, "/pets/{petId}", "get").get("responses").get("404");
            assertThat(after).isEqualTo(before);
            assertThat(after.has("$ref")).isFalse();
        }

        @Test
        void rangesCoverTheirCodesAndDefaultDoesNot() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults());

            assertThat(codes(op(document, "/pets", "post"))).containsExactly("201", "4XX", "500");
            assertThat(codes(op(document, "/pets/{petId}", "get")))
                    .containsExactly("200", "404", "5XX", "400", "401", "403", "409", "422");
            assertThat(codes(op(document, "/pets", "get"))).contains("default").containsAll(ALL_CODES);
        }

        @Test
        void operationWithoutResponsesGetsThem() {
            ObjectNode document = TestSpecs.document("events-31.yaml");
            enrich(document, EnrichmentOptions.defaults());

            JsonNode webhook = document.at("/webhooks/newEvent/post");
            assertThat(codes(webhook)).containsExactlyElementsOf(ALL_CODES);
        }

        @Test
        void callbacksWebhooksAndReferencedPathItemsAreOperationsToo() {
            ObjectNode document = TestSpecs.document("events-31.yaml");
            EnrichmentReport report = enrich(document, EnrichmentOptions.defaults());

            JsonNode callback = document.at("/paths/~1subscriptions/post/callbacks/onEvent")
                    .get("{$request.body#/callbackUrl}").get("post");
            assertThat(codes(callback)).containsExactly("200", "400", "401", "403", "404", "409", "422", "500");
            assertThat(codes(document.at("/components/pathItems/EventItem/get"))).containsExactlyElementsOf(ALL_CODES);
            assertThat(document.at("/paths/~1events~1{id}/$ref").asText()).isEqualTo("#/components/pathItems/EventItem");
            assertThat(document.at("/paths/~1events~1{id}").size()).as("the referencing path item is untouched")
                    .isEqualTo(1);
            assertThat(report.operations()).isEqualTo(4);
        }

        @Test
        void operationsBesideALocalPathItemReferenceAreEnrichedToo() {
            ObjectNode document = TestSpecs.document("events-31.yaml");
            ObjectNode item = (ObjectNode) document.at("/paths/~1events~1{id}");
            item.putObject("delete").putObject("responses").putObject("204").put("description", "Deleted");
            EnrichmentReport report = enrich(document, EnrichmentOptions.defaults());

            assertThat(report.operations()).isEqualTo(5);
            assertThat(codes(document.at("/paths/~1events~1{id}/delete"))).hasSize(8);
            assertThat(codes(document.at("/components/pathItems/EventItem/get"))).hasSize(7);
        }

        @Test
        void webhooksAndComponentPathItemsNamedLikeExtensionsAreOperationsToo() {
            ObjectNode document = TestSpecs.document("events-31.yaml");
            document.with("webhooks").set("x-audit", document.at("/webhooks/newEvent").deepCopy());
            EnrichmentReport report = enrich(document, EnrichmentOptions.defaults());

            assertThat(report.operations()).isEqualTo(5);
            assertThat(codes(document.at("/webhooks/x-audit/post"))).hasSize(7);
        }

        @Test
        void referencedPathItemIsEnrichedOnceEvenWhenReachedTwice() {
            ObjectNode document = TestSpecs.document("events-31.yaml");
            document.with("paths").putObject("/events/{id}/again").put("$ref", "#/components/pathItems/EventItem");
            EnrichmentReport report = enrich(document, EnrichmentOptions.defaults());

            assertThat(report.operations()).isEqualTo(4);
            assertThat(codes(document.at("/components/pathItems/EventItem/get"))).hasSize(7);
        }
    }

    @Nested
    class Components {

        @Test
        void bodiesAndResponsesAreAddedOnceWithTheConventionsShapes() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults());

            JsonNode schemas = document.at("/components/schemas");
            assertThat(schemas.get("ApiError").get("properties").fieldNames())
                    .toIterable().containsExactly("title", "description", "request_id", "timestamp");
            assertThat(schemas.at("/ApiError/properties/timestamp/format").asText()).isEqualTo("date-time");
            JsonNode validation = schemas.get("ApiValidationError");
            assertThat(validation.get("properties").fieldNames())
                    .toIterable().containsExactly("title", "detail", "status", "body");
            assertThat(validation.at("/properties/detail/items/properties").fieldNames())
                    .toIterable().containsExactly("loc", "msg", "type");
            assertThat(validation.at("/properties/detail/items/properties/loc/items/type").asText()).isEqualTo("string");
            assertThat(validation.at("/properties/status/type").asText()).isEqualTo("integer");

            JsonNode responses = document.at("/components/responses");
            assertThat(responses.fieldNames()).toIterable().containsExactly("ApiErrorBadRequest",
                    "ApiErrorUnauthorized", "ApiErrorForbidden", "ApiErrorNotFound", "ApiErrorBusinessLogicError",
                    "ApiErrorValidationError", "ApiErrorInternalServerError");
            assertThat(responses.at("/ApiErrorBadRequest/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/ApiValidationError");
            assertThat(responses.at("/ApiErrorValidationError/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/ApiValidationError");
            assertThat(responses.at("/ApiErrorNotFound/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/ApiError");
        }

        @Test
        void descriptionsFollowTheConventionTableAndRetryRule() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults());

            JsonNode responses = document.at("/components/responses");
            assertThat(responses.at("/ApiErrorBusinessLogicError/description").asText())
                    .startsWith("Business Logic Error.").contains("not retryable");
            assertThat(responses.at("/ApiErrorValidationError/description").asText()).startsWith("Validation error.");
            assertThat(responses.at("/ApiErrorInternalServerError/description").asText())
                    .startsWith("Internal Server Error.").contains("escalate").doesNotContain("not retryable");
        }

        @Test
        void authorsOwnErrorSchemaStaysAsItWas() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            JsonNode before = document.at("/components/schemas/Error").deepCopy();
            enrich(document, EnrichmentOptions.defaults());

            assertThat(document.at("/components/schemas/Error")).isEqualTo(before);
        }

        @Test
        void aClashingNameFailsNamingTheParameterThatRenamesOurs() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            document.with("components").with("schemas").putObject("ApiError").put("type", "string");

            assertThatThrownBy(() -> enrich(document, EnrichmentOptions.defaults()))
                    .isInstanceOf(ApiErrorsException.class)
                    .hasMessageContaining("components/schemas/ApiError")
                    .hasMessageContaining("errorSchemaName");
            assertThat(document.at("/components/schemas/ApiError/type").asText()).isEqualTo("string");
        }

        @Test
        void aClashingResponseNameFailsNamingThePrefixParameter() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            document.with("components").with("responses").putObject("ApiErrorNotFound").put("description", "mine");

            assertThatThrownBy(() -> enrich(document, EnrichmentOptions.defaults()))
                    .hasMessageContaining("components/responses/ApiErrorNotFound")
                    .hasMessageContaining("responseNamePrefix");
        }

        @Test
        void renamedComponentsAvoidTheClashAndAreReferenced() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            document.with("components").with("schemas").putObject("ApiError").put("type", "string");
            EnrichmentOptions options = EnrichmentOptions.defaults()
                    .withNames(new ComponentNames("StdError", "StdValidationError", "Std"));
            enrich(document, options);

            assertThat(document.at("/components/schemas/ApiError/type").asText()).isEqualTo("string");
            assertThat(document.at("/components/schemas/StdError").isObject()).isTrue();
            assertThat(document.at("/components/responses/StdNotFound/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/StdError");
            assertThat(op(document, "/pets", "get").at("/responses/404/$ref").asText())
                    .isEqualTo("#/components/responses/StdNotFound");
        }

        @Test
        void enrichingTwiceChangesNothingTheSecondTime() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults());
            ObjectNode once = document.deepCopy();
            EnrichmentReport second = enrich(document, EnrichmentOptions.defaults());

            assertThat(document).isEqualTo(once);
            assertThat(second.added()).isZero();
        }
    }

    @Nested
    class Configuration {

        @Test
        void onlyTheChosenCodesAreAdded() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults()
                    .withCodes(Set.of(404, 500)));

            assertThat(codes(op(document, "/pets", "get"))).containsExactly("200", "default", "404", "500");
            assertThat(document.at("/components/responses").fieldNames()).toIterable()
                    .containsExactly("ApiErrorNotFound", "ApiErrorInternalServerError");
            assertThat(document.at("/components/schemas/ApiValidationError").isMissingNode())
                    .as("no code uses the validation body").isTrue();
        }

        @Test
        void smartModeAddsEachCodeOnlyWhereItCanHappen() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults().withApplicability(Applicability.SMART));

            // root security applies; path-level parameter; no path parameter; GET
            assertThat(codes(op(document, "/pets", "get")))
                    .containsExactly("200", "default", "400", "401", "403", "422", "500");
            // body, POST, 4XX declared by the author
            assertThat(codes(op(document, "/pets", "post"))).containsExactly("201", "4XX", "500");
            // security: [] turns 401/403 off; DELETE gets 409; path parameter gets 404
            assertThat(codes(op(document, "/pets/{petId}", "delete")))
                    .containsExactly("204", "400", "404", "409", "422", "500");
            // no parameters, no body: neither 400 nor 422
            assertThat(codes(op(document, "/status", "get"))).containsExactly("200", "401", "403", "500");
        }

        @Test
        void smartModeReadsPathParametersOfReferencedPathItemsAndIgnoresCallbackExpressions() {
            ObjectNode document = TestSpecs.document("events-31.yaml");
            enrich(document, EnrichmentOptions.defaults().withApplicability(Applicability.SMART));

            assertThat(codes(document.at("/components/pathItems/EventItem/get")))
                    .containsExactly("400", "404", "422", "500");
            JsonNode callback = document.at("/paths/~1subscriptions/post/callbacks/onEvent")
                    .get("{$request.body#/callbackUrl}").get("post");
            assertThat(codes(callback)).containsExactly("200", "400", "409", "422", "500");
        }

        @Test
        void optOutOnAnOperation() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            enrich(document, EnrichmentOptions.defaults());

            assertThat(codes(op(document, "/health", "get"))).containsExactly("200");
            assertThat(codes(op(document, "/status", "get")))
                    .containsExactly("200", "400", "401", "403", "404", "500");
            assertThat(op(document, "/health", "get").get("x-api-errors").asBoolean(true)).isFalse();
        }

        @Test
        void rootExtensionSetsTheDefaultAndOperationsOverrideIt() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            document.putObject("x-api-errors").putArray("exclude").add(401).add(403);
            ((ObjectNode) op(document, "/pets", "get")).put("x-api-errors", true);
            enrich(document, EnrichmentOptions.defaults());

            assertThat(codes(op(document, "/pets", "get"))).containsAll(ALL_CODES);
            assertThat(codes(op(document, "/pets/{petId}", "delete")))
                    .containsExactly("204", "400", "404", "409", "422", "500");
        }

        @Test
        void rootOptOutDisablesEverythingButOperationsThatOptIn() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            document.put("x-api-errors", false);
            ((ObjectNode) op(document, "/pets", "get")).put("x-api-errors", true);
            EnrichmentReport report = enrich(document, EnrichmentOptions.defaults());

            // listPets opts in (7); status has its own exclude list, which replaces the root's false (5)
            assertThat(report.added()).isEqualTo(7 + 5);
            assertThat(codes(op(document, "/pets/{petId}", "delete"))).containsExactly("204");
        }

        @Test
        void aMalformedExtensionIsAClearError() {
            ObjectNode document = TestSpecs.document("petstore-30.yaml");
            ((ObjectNode) op(document, "/pets", "get")).put("x-api-errors", "sometimes");

            assertThatThrownBy(() -> enrich(document, EnrichmentOptions.defaults()))
                    .isInstanceOf(ApiErrorsException.class)
                    .hasMessageContaining("paths.~1pets.get.x-api-errors")
                    .hasMessageContaining("true, false or {exclude: [codes]}");
        }
    }

    @Test
    void reportCountsOperationsAddedAndAuthorDeclared() {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        EnrichmentReport report = enrich(document, EnrichmentOptions.defaults());

        // listPets 7, createPet 1 (4XX covers six), getPet 6 (404 + 5XX declared), deletePet 7,
        // health 0 (opted out), status 5 (409/422 excluded)
        assertThat(report.operations()).isEqualTo(6);
        assertThat(report.added()).isEqualTo(7 + 1 + 5 + 7 + 0 + 5);
        assertThat(report.authorDeclared()).isEqualTo(6 + 2);
        assertThat(report.summary()).isEqualTo("6 operations, 25 error responses added, 8 author-declared kept");
    }

    @Test
    void reportsEachAdditionWhereItIsWrittenThroughReferencesAndNulls() throws Exception {
        ObjectNode document = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                 "paths": {"/a": {"$ref": "#/components/pathItems/A"},
                           "/b": {"get": {"responses": null}}},
                 "components": {"pathItems": {"A": {"get": {"responses": {"200": {"description": "ok"}}}}}}}
                """);
        TreeAdditions additions = enrich(document, EnrichmentOptions.defaults().withCodes(Set.of(404))).additions();

        assertThat(additions.entries()).extracting(TreeAdditions.Entry::mappingPointer, TreeAdditions.Entry::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/components", "schemas"),
                        org.assertj.core.groups.Tuple.tuple("/components", "responses"),
                        org.assertj.core.groups.Tuple.tuple("/components/pathItems/A/get/responses", "404"));
        assertThat(additions.entries().get(1).value()).as("the new section arrives whole")
                .isSameAs(document.at("/components/responses"));
        assertThat(additions.replaced()).singleElement().satisfies(replaced -> {
            assertThat(replaced.pointer()).isEqualTo("/paths/~1b/get/responses");
            assertThat(replaced.value()).isSameAs(document.at("/paths/~1b/get/responses"));
            assertThat(replaced.value().has("404")).isTrue();
        });
    }

    @Test
    void aDocumentWithoutComponentsGainsThemAsOneAddition() {
        ObjectNode document = TestSpecs.document("petstore-30.yaml");
        document.remove("components");

        TreeAdditions additions = enrich(document, EnrichmentOptions.defaults()).additions();

        assertThat(additions.entries()).filteredOn(entry -> entry.mappingPointer().isEmpty())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.key()).isEqualTo("components");
                    assertThat(entry.value()).isSameAs(document.get("components"));
                });
        assertThat(additions.entries()).noneMatch(entry -> entry.mappingPointer().startsWith("/components"));
    }
}
