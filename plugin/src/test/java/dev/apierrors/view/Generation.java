package dev.apierrors.view;

import dev.apierrors.core.ApiErrorsGenerator;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the whole goal's pipeline on a test description and reads back the Java sources. */
final class Generation {

    private Generation() {
    }

    static Path spec(String name) {
        try {
            return Path.of(Generation.class.getResource("/specs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GenerationRequest request(Path spec, Path work, Framework framework, EnrichmentOptions enrichment,
                                     Path templates) {
        return new GenerationRequest(new FileResource(spec), work.resolve("api-errors/openapi.yaml"),
                work.resolve("generated"), "com.example.api.errors", framework, enrichment, templates, work, true);
    }

    static Map<String, byte[]> generate(String spec, Path work, Framework framework) {
        return generate(request(spec(spec), work, framework, EnrichmentOptions.defaults(), null));
    }

    static Map<String, byte[]> generate(GenerationRequest request) {
        new ApiErrorsGenerator().generate(request, BuildLog.silent());
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(request.outputDirectory())) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(request.outputDirectory().relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
