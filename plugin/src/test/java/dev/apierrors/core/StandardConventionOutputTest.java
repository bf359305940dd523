package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.TestSpecs;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.Digests;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard convention gives, byte for byte, the recorded outputs: {@code
 * golden/standard-convention.sha256} holds the SHA-256 of every output of the cases below. The
 * enriched descriptions are those the plugin wrote before conventions became data; the Java sources
 * were recorded again when every convention came to share one set of templates. Set the system property
 * {@code api-errors.golden} to a file to write the digests of this version there instead.
 */
class StandardConventionOutputTest {

    private static final String GOLDEN = "/golden/standard-convention.sha256";

    @TempDir
    Path work;

    @Test
    void outputsAreThoseOfTheBuiltInConvention() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Map.Entry<String, EnrichmentOptions> option : options().entrySet()) {
            for (String spec : List.of("risk-profiles.yaml", "petstore-30.yaml", "swagger-2.yaml", "events-31.yaml",
                    "webhooks-31.yaml", "hostile.yaml", "multi/openapi.yaml")) {
                // the frameworks of that version: webflux came later and has no recorded outputs
                for (Framework framework : List.of(Framework.SPRING, Framework.JAXRS, Framework.NONE)) {
                    String name = option.getKey() + "/" + spec + "/" + framework.name().toLowerCase();
                    digests.putAll(outputs(name, spec, framework, option.getValue()));
                }
            }
        }
        String actual = text(digests);
        String record = System.getProperty("api-errors.golden");
        if (record != null) {
            Files.writeString(Path.of(record), actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).isEqualTo(golden());
    }

    private static Map<String, EnrichmentOptions> options() {
        Map<String, EnrichmentOptions> options = new LinkedHashMap<>();
        options.put("defaults", EnrichmentOptions.defaults());
        options.put("smart", EnrichmentOptions.defaults().withApplicability(Applicability.SMART));
        options.put("names", EnrichmentOptions.defaults().withNames(new ComponentNames("Oops", "OopsValidation", "Std")));
        return options;
    }

    private Map<String, String> outputs(String name, String spec, Framework framework, EnrichmentOptions options)
            throws IOException {
        Path folder = work.resolve(name);
        Path enriched = folder.resolve("openapi.yaml");
        Path java = folder.resolve("java");
        GenerationRequest request = new GenerationRequest(new FileResource(TestSpecs.path(spec)), enriched, java,
                "com.example.errors", framework, options, null, folder.resolve("state"), true);
        new ApiErrorsGenerator().generate(request, BuildLog.silent());
        Map<String, String> digests = new TreeMap<>();
        digests.put(name + " openapi.yaml", Digests.sha256(Files.readAllBytes(enriched)));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(java)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            digests.put(name + " " + java.relativize(file).toString().replace('\\', '/'),
                    Digests.sha256(Files.readAllBytes(file)));
        }
        return digests;
    }

    private static String text(Map<String, String> digests) {
        StringBuilder text = new StringBuilder();
        digests.forEach((file, sha) -> text.append(sha).append("  ").append(file).append('\n'));
        return text.toString();
    }

    private static String golden() throws IOException {
        try (InputStream in = StandardConventionOutputTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
