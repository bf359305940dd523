package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.core.ApiErrorsException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads a description: reads the author's files into one tree, has Swagger Parser check it (and
 * convert Swagger 2.0, which has no other way to become OpenAPI 3), and reports what is wrong in
 * terms of the author's files.
 */
public final class SpecLoader {

    private static final Pattern OPENAPI_30 = Pattern.compile("3\\.0\\.\\d+(-.+)?");
    private static final Pattern OPENAPI_31 = Pattern.compile("3\\.1\\.\\d+(-.+)?");

    private final DocumentReader reader = new DocumentReader();

    /** Reads and bundles the description and has Swagger Parser check it. */
    public LoadedSpec load(SpecResource main) {
        return bundle(main).check();
    }

    /**
     * Reads and bundles the description, leaving Swagger Parser's check of an OpenAPI 3 description
     * to {@link BundledSpec#check()}. A Swagger 2.0 description is checked while it is converted.
     */
    public BundledSpec bundle(SpecResource main) {
        DocumentReader.Read read = reader.read(main);
        if (!read.tree().isObject()) {
            throw new ApiErrorsException(main.displayName() + ": an OpenAPI description is a mapping of keys"
                    + " (openapi, info, paths...), but this file holds " + describe(read.tree()));
        }
        ObjectNode document = (ObjectNode) read.tree();
        SpecVersion version = version(main, document);
        if (version == SpecVersion.SWAGGER_2_0) {
            return convertSwagger2(read);
        }
        List<DocumentReader.Read> files = new RefBundler(reader, read).bundle();
        return new BundledSpec(document, version, sources(files), () -> validate(main, document));
    }

    private static SpecVersion version(SpecResource main, ObjectNode document) {
        JsonNode openapi = document.get("openapi");
        JsonNode swagger = document.get("swagger");
        if (openapi == null && swagger == null) {
            throw new ApiErrorsException(main.displayName()
                    + ": not an OpenAPI description: it has neither an 'openapi' nor a 'swagger' field");
        }
        if (openapi != null) {
            String text = openapi.asText();
            if (openapi.isTextual() && OPENAPI_30.matcher(text).matches()) {
                return SpecVersion.OPENAPI_3_0;
            }
            if (openapi.isTextual() && OPENAPI_31.matcher(text).matches()) {
                return SpecVersion.OPENAPI_3_1;
            }
            throw unsupported(main, "openapi: " + openapi);
        }
        if (swagger.isTextual() && "2.0".equals(swagger.asText())) {
            return SpecVersion.SWAGGER_2_0;
        }
        throw unsupported(main, "swagger: " + swagger);
    }

    private static ApiErrorsException unsupported(SpecResource main, String found) {
        return new ApiErrorsException(main.displayName() + ": unsupported version '" + found
                + "'; supported are OpenAPI 3.0.x and 3.1.x, and Swagger 2.0 (as the string \"2.0\")");
    }

    private static List<String> validate(SpecResource main, ObjectNode document) {
        SwaggerParseResult result = ParserCheck.check(main.parserLocation(), document);
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    private BundledSpec convertSwagger2(DocumentReader.Read read) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new SwaggerConverter().readLocation(read.resource().parserLocation(), null, options);
        OpenAPI openAPI = result == null ? null : result.getOpenAPI();
        List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
        if (openAPI == null) {
            throw new ApiErrorsException(read.resource().displayName() + ": Swagger 2.0 description could not be"
                    + " converted: " + (messages.isEmpty() ? "Swagger Parser gave no reason" : String.join("; ", messages)));
        }
        ObjectNode converted = Json.mapper().valueToTree(openAPI);
        return new BundledSpec(converted, SpecVersion.SWAGGER_2_0, sources(referencedFiles(read)), () -> messages);
    }

    /** Swagger Parser does not say which files it read; the fingerprint needs them all. */
    private List<DocumentReader.Read> referencedFiles(DocumentReader.Read main) {
        Map<String, DocumentReader.Read> files = new LinkedHashMap<>();
        files.put(main.resource().key(), main);
        List<DocumentReader.Read> pending = new ArrayList<>(List.of(main));
        while (!pending.isEmpty()) {
            DocumentReader.Read file = pending.remove(pending.size() - 1);
            for (String ref : (Iterable<String>) file.tree().findValuesAsText("$ref")::iterator) {
                int hash = ref.indexOf('#');
                String filePart = hash < 0 ? ref : ref.substring(0, hash);
                if (filePart.isEmpty()) {
                    continue;
                }
                SpecResource resource = file.resource().resolve(filePart);
                if (!files.containsKey(resource.key())) {
                    DocumentReader.Read read = reader.read(resource);
                    files.put(resource.key(), read);
                    pending.add(read);
                }
            }
        }
        return List.copyOf(files.values());
    }

    private static List<LoadedSpec.SourceFile> sources(List<DocumentReader.Read> files) {
        List<LoadedSpec.SourceFile> sources = new ArrayList<>();
        for (DocumentReader.Read file : files) {
            sources.add(new LoadedSpec.SourceFile(file.resource(), file.sha256()));
        }
        return sources;
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "nothing (null)";
        }
        return "a single value (" + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
