package dev.apierrors.core;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.view.ModelMappings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What OpenAPI Generator's configuration reads from the plugin's project properties: the enriched
 * description, and the mappings that make it use the plugin's body classes instead of copies.
 * Kept in a small properties file beside the incremental state, so that a build that skips
 * generation publishes them without reading the description or the convention.
 *
 * @param enrichedSpec   the enriched description
 * @param schemaMappings {@code Schema=fully.qualified.Class} pairs separated by commas
 * @param importMappings {@code Class=fully.qualified.Class} pairs separated by commas
 */
public record OpenApiGeneratorInputs(Path enrichedSpec, String schemaMappings, String importMappings) {

    /** The project property of the enriched description's path. */
    public static final String ENRICHED_SPEC = "api-errors.enrichedSpec";
    /** The project property of OpenAPI Generator's {@code schemaMappings}. */
    public static final String SCHEMA_MAPPINGS = "api-errors.schemaMappings";
    /** The project property of OpenAPI Generator's {@code importMappings}. */
    public static final String IMPORT_MAPPINGS = "api-errors.importMappings";

    static final String FILE_NAME = "openapi-generator.properties";

    static OpenApiGeneratorInputs of(Path enrichedSpec, ModelMappings mappings) {
        return new OpenApiGeneratorInputs(enrichedSpec, mappings.schemaMappings(), mappings.importMappings());
    }

    /** The three project properties, by name. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ENRICHED_SPEC, enrichedSpec.toAbsolutePath().normalize().toString());
        properties.put(SCHEMA_MAPPINGS, schemaMappings);
        properties.put(IMPORT_MAPPINGS, importMappings);
        return properties;
    }

    /** Writes the mappings into {@code workDirectory}, whole or not at all. */
    void save(Path workDirectory) {
        Properties file = new Properties();
        file.setProperty(SCHEMA_MAPPINGS, schemaMappings);
        file.setProperty(IMPORT_MAPPINGS, importMappings);
        try {
            StringWriter text = new StringWriter();
            file.store(text, "api-errors: OpenAPI Generator's mappings of the last generation");
            Files.createDirectories(workDirectory);
            Path temporary = Files.createTempFile(workDirectory, FILE_NAME, ".tmp");
            try {
                Files.writeString(temporary, text.toString(), StandardCharsets.ISO_8859_1);
                Files.move(temporary, workDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new ApiErrorsException("cannot write " + workDirectory.resolve(FILE_NAME) + ": " + e, e);
        }
    }

    /** The mappings the last generation saved in {@code workDirectory}, or null when there are none to read. */
    static OpenApiGeneratorInputs load(Path workDirectory, Path enrichedSpec) {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(workDirectory.resolve(FILE_NAME), StandardCharsets.ISO_8859_1)) {
            file.load(in);
        } catch (IOException | IllegalArgumentException missingOrUnreadable) {
            // the next generation writes it again
            return null;
        }
        String schema = file.getProperty(SCHEMA_MAPPINGS);
        String imports = file.getProperty(IMPORT_MAPPINGS);
        return schema == null || imports == null ? null : new OpenApiGeneratorInputs(enrichedSpec, schema, imports);
    }
}
