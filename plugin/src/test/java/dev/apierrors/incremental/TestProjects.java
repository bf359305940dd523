package dev.apierrors.incremental;

import dev.apierrors.load.FileResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Small projects on disk: a description split over two files, and the options of its incremental build. */
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

    /** What the incremental build of the project fingerprints: here, only the description and its folders. */
    public static IncrementalOptions options(Path project) {
        return new IncrementalOptions(new FileResource(project.resolve("spec/openapi.yaml")),
                new TreeMap<>(Map.of("basePackage", "com.example.errors")), null,
                project.resolve("target/generated-sources/api-errors"), project.resolve("target/api-errors/openapi.yaml"),
                project.resolve("target/api-errors-state/default"), false);
    }

    public static IncrementalOptions forced(IncrementalOptions options) {
        return new IncrementalOptions(options.inputSpec(), options.configuration(), options.templateDirectory(),
                options.outputDirectory(), options.enrichedSpec(), options.workDirectory(), true);
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
