package dev.apierrors.view;

import dev.apierrors.enrich.EnrichmentOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What hostile.yaml leaves out: 100 kB lines, and hostile enum values, examples, tags and
 * descriptions throughout the document. The sources compile for every framework, and the
 * description's text appears only escaped.
 */
class HostileTextTest {

    private static final String HOSTILE = "*/ /* \\\\u002a/ \\\\u000a {{x}} }} <script>alert(1)</script> \\\" ' \\\\ \u00fc\u00f1\u00ef"
            + " \u53d6\u5f97 \\U0001F600 @see";
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(\\\\.|[^\"\\\\\\n])*\"");

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Framework.class)
    void compilesAndTheTextAppearsOnlyEscaped(Framework framework) throws IOException {
        String longLine = "A very long line ".repeat(6_000) + HOSTILE;
        String q = "\"";
        String yaml = "openapi: 3.0.3\n"
                + "info:\n  title: " + q + longLine + q + "\n  version: " + q + HOSTILE + q + "\n"
                + "  description: " + q + longLine + q + "\n"
                + "tags:\n  - name: " + q + HOSTILE + q + "\n    description: " + q + HOSTILE + q + "\n"
                + "paths:\n  /things/{id}:\n    get:\n      operationId: " + q + HOSTILE + q + "\n"
                + "      summary: " + q + longLine + q + "\n      description: " + q + HOSTILE + q + "\n"
                + "      tags: [" + q + HOSTILE + q + "]\n"
                + "      parameters:\n        - name: id\n          in: path\n          required: true\n"
                + "          description: " + q + HOSTILE + q + "\n          schema:\n            type: string\n"
                + "            enum: [" + q + HOSTILE + q + ", " + q + "*/" + q + ", " + q + "\\u000a" + q + "]\n"
                + "            example: " + q + HOSTILE + q + "\n"
                + "      responses:\n        '200':\n          description: " + q + HOSTILE + q + "\n"
                + "          content:\n            application/json:\n              schema:\n"
                + "                type: object\n                properties:\n                  " + q + HOSTILE + q
                + ": {type: string, default: " + q + HOSTILE + q + "}\n"
                + "              example: {text: " + q + longLine + q + "}\n";
        Path spec = Files.writeString(work.resolve("openapi.yaml"), yaml, StandardCharsets.UTF_8);
        assertThat(yaml.length()).isGreaterThan(300_000);

        Map<String, byte[]> sources = Generation.generate(Generation.request(spec, work, framework,
                EnrichmentOptions.defaults(), null));

        assertThat(InMemoryJavac.compile(sources).errors()).as("compiler messages with %s", framework).isEmpty();
        sources.forEach((path, bytes) -> {
            String code = STRING_LITERAL.matcher(new String(bytes, StandardCharsets.US_ASCII)).replaceAll("\"\"");
            assertThat(code).as("the description's text outside string literals in %s", path)
                    .doesNotContain("*/ /*", "<script>", "\\u002a", "\\u000a", "@see");
        });
        assertThat(new String(sources.get("com/example/api/errors/OperationErrors.java"), StandardCharsets.US_ASCII))
                .as("text from the description is not rendered again as a template")
                .contains("*&#47; /* &#92;u002a/ &#92;u000a {{x}} }} &lt;script&gt;");
    }

}
