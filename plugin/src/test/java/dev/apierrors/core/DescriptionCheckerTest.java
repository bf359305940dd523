package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.TestSpecs;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DescriptionCheckerTest {

    private static final EnrichmentOptions ONLY_404 = EnrichmentOptions.defaults()
            .withCodes(Set.of(404));

    @TempDir
    Path folder;

    private DescriptionChecker.CheckResult check(Path spec, EnrichmentOptions options) {
        return new DescriptionChecker().check(new DescriptionRequest(new FileResource(spec), options), BuildLog.silent());
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void eachMissingResponseIsOneLineAtTheOperationInTheAuthorsYaml() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\n"
                + "info: {title: Pets, version: '1'}\n"
                + "# the pets\n"
                + "paths:\n"
                + "  /pets/{id}:\n"
                + "    get:\n"
                + "      responses:\n"
                + "        '200': {description: OK}\n"
                + "    delete:\n"
                + "      responses:\n"
                + "        '404': {description: gone already}\n");

        DescriptionChecker.CheckResult result = check(spec, ONLY_404);

        assertThat(result.findings()).containsExactly(
                spec + ":6:5: GET /pets/{id} lacks 404",
                spec + ":1:1: components/schemas/ApiError is missing",
                spec + ":1:1: components/responses/ApiErrorNotFound is missing");
        assertThat(result.missingResponses()).isEqualTo(1);
        assertThat(result.missingComponents()).isEqualTo(2);
        assertThat(result.complete()).isFalse();
        assertThat(result.summary()).isEqualTo("the description lacks 1 error response and 2 components of the API"
                + " errors convention; run 'mvn api-errors:apply' to add them");
    }

    @Test
    void aMissingComponentIsShownAtTheSectionItBelongsTo() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\n"
                + "info: {title: Pets, version: '1'}\n"
                + "paths:\n"
                + "  /pets: {get: {responses: {'200': {description: OK}}}}\n"
                + "components:\n"
                + "  schemas:\n"
                + "    Pet: {type: object}\n");

        assertThat(check(spec, ONLY_404).findings()).containsExactly(
                spec + ":4:11: GET /pets lacks 404",
                spec + ":6:3: components/schemas/ApiError is missing",
                spec + ":5:1: components/responses/ApiErrorNotFound is missing");
    }

    @Test
    void positionsInJsonAreThoseOfTheOperationsKey() throws IOException {
        Path spec = write("openapi.json", "{\n"
                + "  \"openapi\": \"3.0.3\",\n"
                + "  \"info\": {\"title\": \"Pets\", \"version\": \"1\"},\n"
                + "  \"paths\": {\n"
                + "    \"/pets\": {\n"
                + "      \"get\": {\"responses\": {\"200\": {\"description\": \"OK\"}}},\n"
                + "      \"post\": {\"responses\": {\"201\": {\"description\": \"OK\"}}}\n"
                + "    }\n"
                + "  }\n"
                + "}\n");

        assertThat(check(spec, ONLY_404).findings()).startsWith(
                spec + ":6:7: GET /pets lacks 404",
                spec + ":7:7: POST /pets lacks 404");
    }

    @Test
    void anOperationInAnotherFileIsShownInThatFile() {
        Path main = TestSpecs.path("multi/openapi.yaml");
        Path orders = TestSpecs.path("multi/paths/orders.yaml");
        Path order = TestSpecs.path("multi/paths/order.yaml");

        List<String> findings = check(main, ONLY_404).findings();

        assertThat(findings).startsWith(
                orders + ":1:1: GET /orders lacks 404",
                orders + ":14:1: POST /orders lacks 404",
                order + ":8:3: GET /orders/{orderId} lacks 404");
        assertThat(findings).contains(main + ":11:3: components/schemas/ApiError is missing",
                main + ":10:1: components/responses/ApiErrorNotFound is missing");
    }

    @Test
    void theConfigurationDecidesWhatIsMissingAsForGenerate() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\n"
                + "info: {title: Pets, version: '1'}\n"
                + "paths:\n"
                + "  /pets:\n"
                + "    get:\n"
                + "      x-api-errors: false\n"
                + "      responses:\n"
                + "        '200': {description: OK}\n"
                + "    post:\n"
                + "      x-api-errors: {exclude: [409]}\n"
                + "      responses:\n"
                + "        '4XX': {description: the client's fault}\n");

        DescriptionChecker.CheckResult result = check(spec, EnrichmentOptions.defaults());

        assertThat(result.findings()).filteredOn(line -> line.contains(" lacks "))
                .containsExactly(spec + ":9:5: POST /pets lacks 500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"petstore-30.yaml", "events-31.yaml", "multi/openapi.yaml", "webhooks-31.yaml"})
    void aDescriptionEnrichedByGenerateIsComplete(String name) {
        Path enriched = folder.resolve("enriched/openapi.yaml");
        GenerationRequest generate = new GenerationRequest(new FileResource(TestSpecs.path(name)), enriched,
                folder.resolve("java"), "com.example.errors", Framework.NONE, EnrichmentOptions.defaults(), null,
                folder.resolve("state"), false);
        new ApiErrorsGenerator().generate(generate, BuildLog.silent());

        assertThat(check(TestSpecs.path(name), EnrichmentOptions.defaults()).complete())
                .as("the author's description lacks something").isFalse();
        DescriptionChecker.CheckResult result = check(enriched, EnrichmentOptions.defaults());
        assertThat(result.findings()).isEmpty();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aComponentThatDiffersFailsAsGenerateFails() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\n"
                + "info: {title: Pets, version: '1'}\n"
                + "paths:\n"
                + "  /pets: {get: {responses: {'200': {description: OK}}}}\n"
                + "components:\n"
                + "  schemas:\n"
                + "    ApiError: {type: string}\n");

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> check(spec, EnrichmentOptions.defaults()));

        assertThat(failure).hasMessageStartingWith(spec + ": components/schemas/ApiError already exists in the"
                + " description with a different definition");
    }

    @Test
    void oneLinePerOperationListsEveryCodeItLacks() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\n"
                + "info: {title: Pets, version: '1'}\n"
                + "paths:\n"
                + "  /pet:\n"
                + "    post:\n"
                + "      responses:\n"
                + "        '201': {description: Created}\n"
                + "        '404': {description: No such owner}\n");

        DescriptionChecker.CheckResult result = check(spec, EnrichmentOptions.defaults());

        assertThat(result.findings()).filteredOn(line -> line.contains(" lacks "))
                .containsExactly(spec + ":5:5: POST /pet lacks 400, 401, 403, 409, 422, 500");
        assertThat(result.missingResponses()).isEqualTo(6);
        assertThat(result.summary()).startsWith("the description lacks 6 error responses and ");
    }

    @Test
    void componentsNoOperationNeedsAreNotMissing() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\n"
                + "info: {title: Pets, version: '1'}\n"
                + "paths:\n"
                + "  /pets: {get: {responses: {'200': {description: OK}, '4XX': {description: Yours}}}}\n");

        DescriptionChecker.CheckResult result = check(spec, EnrichmentOptions.defaults());

        assertThat(result.findings()).containsExactly(spec + ":4:11: GET /pets lacks 500",
                spec + ":1:1: components/schemas/ApiError is missing",
                spec + ":1:1: components/responses/ApiErrorInternalServerError is missing");
        assertThat(check(spec, ONLY_404).complete()).as("404 is covered by 4XX: nothing to add").isTrue();
    }

    @Test
    void badInputFailsWithTheLoadersMessage() throws IOException {
        Path spec = write("openapi.yaml", "openapi: 3.0.3\npaths:\n  /pets:\n   get: {}\n  bad\n");

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> check(spec, EnrichmentOptions.defaults()));

        assertThat(failure).hasMessageStartingWith(spec + ":6:1: invalid YAML");
    }

    @Test
    void swagger2IsLeftToGenerate() {
        Path spec = TestSpecs.path("petstore-20.yaml");

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> check(spec, EnrichmentOptions.defaults()));

        assertThat(failure).hasMessageStartingWith(spec + ": a Swagger 2.0 description can only be enriched into"
                + " a new file (goal generate)");
    }

    @Test
    void theReportListsFiftyFindingsThenACountThenHowToFixThem() throws IOException {
        StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths:\n");
        for (int i = 0; i < 60; i++) {
            spec.append("  /p").append(i).append(":\n    get:\n      responses:\n        '200': {description: OK}\n");
        }
        Path file = write("openapi.yaml", spec.toString());

        DescriptionChecker.CheckResult result = check(file, ONLY_404);
        List<String> report = result.report();

        assertThat(result.findings()).hasSize(62);
        assertThat(report).hasSize(52);
        assertThat(report.get(0)).isEqualTo(file + ":5:5: GET /p0 lacks 404");
        assertThat(report.get(49)).isEqualTo(file + ":201:5: GET /p49 lacks 404");
        assertThat(report.get(50)).isEqualTo("... and 12 more");
        assertThat(report.get(51)).contains("mvn api-errors:apply");
    }
}
