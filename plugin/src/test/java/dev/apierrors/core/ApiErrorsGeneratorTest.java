package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apierrors.TestSpecs;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorsGeneratorTest {

    @TempDir
    Path target;

    private final List<String> logged = new ArrayList<>();

    private final BuildLog log = new BuildLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
            logged.add(message);
        }

        @Override
        public void warn(String message) {
            logged.add("WARN " + message);
        }
    };

    private GenerationRequest request(String spec, String enrichedName) {
        return new GenerationRequest(new FileResource(TestSpecs.path(spec)), target.resolve("api-errors/" + enrichedName),
                target.resolve("generated-sources"), "com.example.errors", Framework.NONE,
                EnrichmentOptions.defaults(), null, target, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"petstore-30.yaml", "events-31.yaml", "petstore-20.yaml", "multi/openapi.yaml"})
    void theEnrichedDescriptionIsValidSelfContainedAndDeterministic(String spec) throws IOException {
        GenerationRequest request = request(spec, "openapi.yaml");
        new ApiErrorsGenerator().generate(request, log);
        byte[] first = Files.readAllBytes(request.enrichedSpec());
        Files.delete(request.enrichedSpec());
        new ApiErrorsGenerator().generate(request, log);

        assertThat(Files.readAllBytes(request.enrichedSpec())).as("same input, same bytes").isEqualTo(first);
        String text = Files.readString(request.enrichedSpec());
        assertThat(text).doesNotContain("\r");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult reread = new OpenAPIV3Parser().readLocation(request.enrichedSpec().toString(), null, options);
        assertThat(reread.getOpenAPI()).as("Swagger Parser reads the enriched file: %s", reread.getMessages())
                .isNotNull();
        assertThat(reread.getMessages()).as("and finds nothing wrong").isEmpty();
        JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(text);
        assertThat(TestSpecs.refs(tree)).allMatch(ref -> ref.startsWith("#/"));
        assertThat(logged).anyMatch(line -> line.startsWith("api-errors: ") && line.contains("error responses added"));
    }

    @Test
    void jsonExtensionWritesJson() throws IOException {
        GenerationRequest request = request("petstore-30.yaml", "openapi.json");
        new ApiErrorsGenerator().generate(request, log);

        JsonNode tree = new ObjectMapper().readTree(request.enrichedSpec().toFile());
        assertThat(tree.at("/components/responses/ApiErrorNotFound").isObject()).isTrue();
        assertThat(Files.readString(request.enrichedSpec())).endsWith("}\n");
    }

    @Test
    void theSummaryLineEndsTheRun() {
        new ApiErrorsGenerator().generate(request("petstore-30.yaml", "openapi.yaml"), log);

        assertThat(logged.get(logged.size() - 1))
                .isEqualTo("api-errors: 6 operations, 25 error responses added, 8 author-declared kept");
    }

    @Test
    void reportsWhatSwaggerParserFindsInTheAuthorsDescription() throws IOException {
        Path spec = target.resolve("flawed.yaml");
        Files.writeString(spec, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: flawed}",
                "unknown: here",
                "paths:",
                "  /a/{id}:",
                "    get:",
                "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]",
                "      responses: {'200': {description: ok}}",
                "      bogus: true",
                "components:",
                "  schemas:",
                "    A: {type: object, properties: {n: {type: integer, minimum: x}}}",
                ""));
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        List<String> expected = new ArrayList<>();
        for (String message : new OpenAPIV3Parser().readLocation(spec.toString(), null, options).getMessages()) {
            expected.add("WARN " + spec + ": " + message);
        }
        GenerationRequest request = new GenerationRequest(new FileResource(spec), target.resolve("out/openapi.yaml"),
                target.resolve("generated-sources"), "com.example.errors", Framework.SPRING,
                EnrichmentOptions.defaults(), null, target, false);

        new ApiErrorsGenerator().generate(request, log);

        assertThat(expected).as("the description has flaws Swagger Parser reports").hasSizeGreaterThan(2);
        assertThat(logged.stream().filter(line -> line.startsWith("WARN ")))
                .as("the remarks on the author's description, none on the additions").isEqualTo(expected);
        assertThat(logged.indexOf(expected.get(0))).as("reported before the outputs")
                .isLessThan(logged.indexOf("Enriched description: " + request.enrichedSpec()));
    }
}
