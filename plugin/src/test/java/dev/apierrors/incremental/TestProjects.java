package dev.apierrors.incremental;

import dev.apierrors.view.Framework;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small projects on disk: a description split over two files, and the request that builds it. */
public final class TestProjects {

    public static final String MAIN = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: the pet
                      content:
                        application/json:
                          schema:
                            $ref: 'schemas.yaml#/Pet'
            """;

    public static final String SCHEMAS = """
            Pet:
              type: object
              properties:
                name:
                  type: string
            """;

    private TestProjects() {
    }

    /** Writes the two-file description under {@code project/spec} and returns the project folder. */
    public static Path create(Path project) {
        write(project.resolve("spec/openapi.yaml"), MAIN);
        write(project.resolve("spec/schemas.yaml"), SCHEMAS);
        return project;
    }

    public static GenerationRequest request(Path project) {
        return request(project, new FileResource(project.resolve("spec/openapi.yaml")));
    }

    public static GenerationRequest request(Path project, SpecResource spec) {
        return new GenerationRequest(spec, project.resolve("target/api-errors/openapi.yaml"),
                project.resolve("target/generated-sources/api-errors"), "com.example.errors", Framework.NONE,
                EnrichmentOptions.defaults(), null, project.resolve("target/api-errors-state/default"), false);
    }

    public static GenerationRequest forced(GenerationRequest request) {
        return new GenerationRequest(request.inputSpec(), request.enrichedSpec(), request.outputDirectory(),
                request.basePackage(), request.framework(), request.enrichment(), request.templateDirectory(),
                request.workDirectory(), true);
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
