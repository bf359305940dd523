package dev.apierrors.core;

import dev.apierrors.convention.ConventionReader;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.view.Framework;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code generate} and {@code apply} add to a YAML description is quoted as the description
 * quotes: no scalar of the lines they add takes the other quote character, and the keys and
 * values the author quotes are quoted the same way.
 */
class AuthorsQuotingTest {

    private static final Path QUOTING = Path.of("src/test/resources/textedit/quoting");

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"single, standard", "double, standard", "single, problem", "double, problem"})
    void addedLinesAreQuotedAsTheAuthorQuotes(String quotes, String convention) throws IOException {
        String name = "petstore-" + quotes + "-quotes.yaml";
        char quote = quotes.equals("single") ? '\'' : '"';
        char other = quotes.equals("single") ? '"' : '\'';
        EnrichmentOptions options = EnrichmentOptions.defaults().withConvention(ConventionReader.preset(convention));
        String original = Files.readString(QUOTING.resolve(name));
        Path applied = folder.resolve("applied.yaml");
        Files.writeString(applied, original);
        new DescriptionApplier().apply(new DescriptionRequest(new FileResource(applied), options), BuildLog.silent());
        Path generated = folder.resolve("generated.yaml");
        new ApiErrorsGenerator().generate(new GenerationRequest(new FileResource(QUOTING.resolve(name)), generated,
                folder.resolve("java"), "com.example.errors", Framework.NONE, options, null, folder.resolve("state"),
                true), BuildLog.silent());

        ScalarStyle theirs = quote == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
        ScalarStyle others = quote == '\'' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
        for (Path enriched : List.of(applied, generated)) {
            String text = Files.readString(enriched);
            Set<Integer> added = added(original, text);
            assertThat(added).as(enriched.getFileName() + " gained lines").hasSizeGreaterThan(50);
            List<String> otherQuoted = new ArrayList<>();
            int quoted = 0;
            for (ScalarEvent scalar : scalars(text)) {
                if (added.contains(scalar.getStartMark().getLine())) {
                    if (scalar.getScalarStyle() == others) {
                        otherQuoted.add(scalar.getValue());
                    }
                    quoted += scalar.getScalarStyle() == theirs ? 1 : 0;
                }
            }
            assertThat(otherQuoted).as("no added scalar takes the other quotes").isEmpty();
            assertThat(quoted).as("the added values are quoted as the author's").isGreaterThan(50);
            String q = String.valueOf(quote);
            assertThat(text).contains(String.join("\n",
                    "        " + q + "400" + q + ":",
                    "          " + q + "$ref" + q + ": " + q + "#/components/responses/ApiErrorBadRequest" + q));
            List<String> lines = text.lines().toList();
            assertThat(lines).as("keys the author does not quote are plain")
                    .contains("      content:", "          schema:", "            type: " + q + "object" + q,
                            "        " + options.convention().mediaType() + ":");
            assertThat(lines).anyMatch(line -> line.startsWith("      description: " + q + "Bad Request. "));
        }
    }

    private static List<ScalarEvent> scalars(String text) {
        List<ScalarEvent> scalars = new ArrayList<>();
        Parser parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
        while (parser.peekEvent() != null) {
            Event event = parser.getEvent();
            if (event instanceof ScalarEvent scalar) {
                scalars.add(scalar);
            }
        }
        return scalars;
    }

    /** The lines (from 0) of {@code edited} that {@code original} does not have (the edit only adds lines). */
    private static Set<Integer> added(String original, String edited) {
        List<String> before = original.lines().toList();
        Set<Integer> result = new HashSet<>();
        int at = 0;
        List<String> after = edited.lines().toList();
        for (int i = 0; i < after.size(); i++) {
            if (at < before.size() && before.get(at).equals(after.get(i))) {
                at++;
            } else {
                result.add(i);
            }
        }
        assertThat(at).as("every line of the author's is kept, in order").isEqualTo(before.size());
        return result;
    }
}
