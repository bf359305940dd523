package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.TestSpecs;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.FileResource;
import dev.apierrors.render.SpecFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large JSON description's layout is found beside its parse; the enriched description made
 * with it is byte for byte the one made by the edit that finds its places itself.
 */
class EarlyLayoutGenerationTest {

    @TempDir
    Path work;

    @Test
    void aLargeJsonDescriptionIsEnrichedToTheSameBytesWithTheLayoutFoundEarly() throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"openapi\": \"3.0.3\",\n"
                + "  \"info\": {\"title\": \"Gro\u00dfe Beschreibung \uD83D\uDE00\", \"version\": \"1\"},\n  \"paths\": {\n");
        int operations = 0;
        while (json.length() < ApiErrorsGenerator.EARLY_LAYOUT_BYTES + (256 << 10)) {
            json.append("    \"/items~").append(operations).append("/{id}/\u00e9\": {\n")
                    .append("      \"get\": {\n        \"operationId\": \"getItem").append(operations).append("\",\n")
                    .append("        \"summary\": \"Liest \u00bbItem\u00ab ").append(operations).append(" \u20ac\",\n")
                    .append("        \"parameters\": [{\"name\": \"id\", \"in\": \"path\", \"required\": true,")
                    .append(" \"schema\": {\"type\": \"string\"}}],\n")
                    .append("        \"responses\": {\"200\": {\"description\": \"The item\"}}\n      },\n")
                    .append("      \"delete\": {\"operationId\": \"deleteItem").append(operations)
                    .append("\", \"responses\": null}\n    },\n");
            operations++;
        }
        json.append("    \"/last\": {\"post\": {\"responses\": {\"201\": {\"description\": \"made\"}},\n")
                .append("      \"callbacks\": {\"done\": {\"{$request.body#/url}\": {\"put\": {\"responses\": {}}}}}}}\n")
                .append("  },\n  \"components\": {\"schemas\": {}}\n}\n");
        Path spec = Files.writeString(work.resolve("large.json"), json, StandardCharsets.UTF_8);
        assertThat(Files.size(spec)).isGreaterThanOrEqualTo(ApiErrorsGenerator.EARLY_LAYOUT_BYTES);

        byte[] early = enriched(spec, new ApiErrorsGenerator(), "early");
        byte[] scanned = enriched(spec, new ApiErrorsGenerator(Integer.MAX_VALUE), "scanned");

        assertThat(early).as("the enriched description with the layout found early, against the one scanned")
                .isEqualTo(scanned);
        assertThat(new String(early, StandardCharsets.UTF_8)).as("the author's text, with additions")
                .startsWith(json.substring(0, json.indexOf("\"paths\"")))
                .contains("\"deleteItem" + (operations - 1) + "\", \"responses\": {");
    }

    @Test
    void everyJsonDescriptionOfTheCorpusIsEnrichedToTheSameBytesWithTheLayoutFoundEarly() throws IOException {
        for (String name : new String[] {"petstore-30.yaml", "events-31.yaml", "webhooks-31.yaml", "hostile.yaml"}) {
            byte[] tree = SpecFormat.JSON.write(new DocumentReader().read(new FileResource(TestSpecs.path(name))).tree());
            Path spec = Files.write(work.resolve(name.replace(".yaml", ".json")), tree);

            byte[] early = enriched(spec, new ApiErrorsGenerator(0), name + "-early");
            byte[] scanned = enriched(spec, new ApiErrorsGenerator(Integer.MAX_VALUE), name + "-scanned");

            assertThat(early).as(name).isEqualTo(scanned).isNotEqualTo(tree);
        }
    }

    private byte[] enriched(Path spec, ApiErrorsGenerator generator, String run) throws IOException {
        Path out = work.resolve(run);
        GenerationRequest request = new GenerationRequest(new FileResource(spec), out.resolve("openapi.json"),
                out.resolve("java"), "com.example.errors", Framework.NONE, EnrichmentOptions.defaults(), null,
                out.resolve("state"), false);
        GenerationResult result = generator.generate(request, BuildLog.silent());
        assertThat(result.skipped()).as("generated, not skipped").isFalse();
        return Files.readAllBytes(request.enrichedSpec());
    }
}
