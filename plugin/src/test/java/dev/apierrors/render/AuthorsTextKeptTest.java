package dev.apierrors.render;

import dev.apierrors.enrich.Applicability;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A description that uses comments, blank lines, every quoting style, block scalars (one keeping
 * its trailing lines), flow mappings, an anchor and its alias: every line of it is in the enriched
 * description, in order, with its own line break, whether the text uses LF or CRLF and whether it
 * ends with a line break or not; and the enriched text reads as the tree result.
 */
class AuthorsTextKeptTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "LF, no final line break", "CRLF, no final line break"})
    void everyLineOfTheAuthorsTextIsInTheEnrichedDescriptionInOrder(String variant) throws Exception {
        String text = Files.readString(resource("textedit/styled.yaml"), StandardCharsets.UTF_8);
        if (variant.startsWith("CRLF")) {
            text = text.replace("\n", "\r\n");
        }
        if (variant.endsWith("no final line break")) {
            text = text.stripTrailing();
        }
        Path spec = work.resolve("openapi.yaml");
        Files.writeString(spec, text, StandardCharsets.UTF_8);

        String enriched = new String(EnrichedDescriptionTest.check(spec, null, SpecFormat.YAML, Applicability.ALL),
                StandardCharsets.UTF_8);

        List<String> missing = new ArrayList<>();
        List<String> lines = List.of(enriched.split("\n", -1));
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int found = lines.subList(at, lines.size()).indexOf(line);
            if (found < 0) {
                missing.add(line);
            } else {
                at += found + 1;
            }
        }
        assertThat(missing).as("lines of the author's text missing from, or out of order in:\n%s", enriched).isEmpty();
        assertThat(enriched).as("responses were added").contains("$ref: \"#/components/responses/ApiErrorNotFound\"");
        if (variant.startsWith("CRLF")) {
            assertThat(enriched.replace("\r\n", "")).as("only CRLF line breaks").doesNotContain("\n").doesNotContain("\r");
        }
        assertThat(enriched.endsWith("\n")).as("ends with a line break as the author's text does")
                .isEqualTo(text.endsWith("\n"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(AuthorsTextKeptTest.class.getResource("/" + name).toURI());
    }
}
