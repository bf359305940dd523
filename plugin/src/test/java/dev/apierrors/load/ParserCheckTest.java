package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apierrors.TestSpecs;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ParserCheckTest {

    private static final String FLAWED = String.join("\n",
            "openapi: 3.0.3",
            "info: {title: flawed}",
            "x-top: 1",
            "unknown: here",
            "paths:",
            "  /a/{id}:",
            "    get:",
            "      parameters: [{name: id, in: path, schema: {type: string}}]",
            "      responses:",
            "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}",
            "      bogus: true",
            "    post: 7",
            "components:",
            "  schemas:",
            "    A: {type: object, properties: {n: {type: integer, minimum: x}}}",
            "");

    @ParameterizedTest
    @ValueSource(strings = {"petstore-30.yaml", "events-31.yaml", "multi/openapi.yaml", "flawed"})
    void reportsWhatParseJsonNodeReports(String name) throws IOException {
        JsonNode document = "flawed".equals(name) ? new ObjectMapper(new YAMLFactory()).readTree(FLAWED)
                : TestSpecs.document(name);
        JsonNode untouched = document.deepCopy();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);

        SwaggerParseResult expected = new OpenAPIV3Parser().parseJsonNode("spec.yaml", document, options);
        SwaggerParseResult actual = ParserCheck.check("spec.yaml", document);

        assertThat(actual.getMessages()).as("messages").isEqualTo(expected.getMessages());
        assertThat(actual.getOpenAPI()).as("model").isEqualTo(expected.getOpenAPI());
        assertThat(actual.isOpenapi31()).as("3.1").isEqualTo(expected.isOpenapi31());
        assertThat(document).as("the tree is only read").isEqualTo(untouched);
        if ("flawed".equals(name)) {
            assertThat(actual.getMessages()).as("the flawed description has remarks").hasSizeGreaterThan(2);
        }
    }
}
