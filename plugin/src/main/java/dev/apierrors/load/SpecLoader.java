package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import io.swagger.parser.Swagger20Parser;
import io.swagger.parser.SwaggerResolver;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Loads a description: reads the author's files into one tree, has Swagger Parser check it (and
 * convert Swagger 2.0, which has no other way to become OpenAPI 3), and reports what is wrong in
 * terms of the author's files.
 */
public final class SpecLoader {

    private static final Pattern OPENAPI_30 = Pattern.compile("3\\.0\\.\\d+(-.+)?");
    private static final Pattern OPENAPI_31 = Pattern.compile("3\\.1\\.\\d+(-.+)?");

    private final DocumentReader reader;

    public SpecLoader() {
        this(new DocumentReader());
    }

    /** A loader reading with {@code reader}'s limits (tests use small ones). */
    SpecLoader(DocumentReader reader) {
        this.reader = reader;
    }

    /** Reads and bundles the description and has Swagger Parser check it. */
    public LoadedSpec load(SpecResource main) {
        return bundle(main).check();
    }

    /**
     * Reads and bundles the description, leaving Swagger Parser's check of an OpenAPI 3 description
     * to {@link BundledSpec#check()}. A Swagger 2.0 description is checked while it is converted.
     */
    public BundledSpec bundle(SpecResource main) {
        return bundle(main, bytes -> { });
    }

    /**
     * {@link #bundle(SpecResource)}, handing the main file's bytes to {@code mainFileJsonBytes} as
     * soon as they are read, before they are parsed, when the main file is read as JSON: work on
     * them can then run beside the parse and the bundling. They are the bytes the {@link
     * AuthorText} of the result holds (of an OpenAPI 3 description).
     */
    public BundledSpec bundle(SpecResource main, Consumer<byte[]> mainFileJsonBytes) {
        DocumentReader.Read read = reader.read(main, mainFileJsonBytes);
        if (!read.tree().isObject()) {
            throw new ApiErrorsException(main.displayName() + ": an OpenAPI description is a mapping of keys"
                    + " (openapi, info, paths...), but this file holds " + describe(read.tree()));
        }
        ObjectNode document = (ObjectNode) read.tree();
        SpecVersion version = version(main, document);
        if (version == SpecVersion.SWAGGER_2_0) {
            return convertSwagger2(read);
        }
        RefBundler bundler = new RefBundler(reader, read);
        List<DocumentReader.Read> files = bundler.bundle();
        // Joining other files rewrites the main file's tree: the author's is then read again from the file as kept.
        AuthorText author = new AuthorText(read.text(), read.utf8(), bundler.rewroteMainFile(),
                () -> reader.parse(read));
        return new BundledSpec(document, version, sources(files), () -> validate(main, document), author);
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
            throw unsupported(main, "openapi", openapi);
        }
        if (swagger.isTextual() && "2.0".equals(swagger.asText())) {
            return SpecVersion.SWAGGER_2_0;
        }
        throw unsupported(main, "swagger", swagger);
    }

    private static ApiErrorsException unsupported(SpecResource main, String field, JsonNode value) {
        String hint = !value.isNumber() ? ""
                : " (that is a number; a version is text: " + ("swagger".equals(field) ? "swagger: \"2.0\""
                : "openapi: 3.0.3 or openapi: 3.1.0") + ")";
        return new ApiErrorsException(main.displayName() + ": unsupported version '" + field + ": " + value
                + "'" + hint + "; supported are OpenAPI 3.0.x and 3.1.x (e.g. openapi: 3.0.3), and Swagger 2.0"
                + " (swagger: \"2.0\")");
    }

    private static List<String> validate(SpecResource main, ObjectNode document) {
        SwaggerParseResult result;
        try {
            result = ParserCheck.check(main.parserLocation(), document);
        } catch (RuntimeException e) {
            throw parserFailed(main, e);
        }
        return ParserMessages.warningsOrFail(main, result != null && result.getOpenAPI() != null,
                result == null ? null : result.getMessages());
    }

    /**
     * Swagger 2.0 becomes OpenAPI 3.0 through Swagger Parser's converter, which bundles the files a
     * description references itself. It gets the tree this loader read, so the main file is read
     * once and with this loader's limits, and only after every reference was checked.
     */
    private BundledSpec convertSwagger2(DocumentReader.Read read) {
        List<DocumentReader.Read> files = new ReferenceChecker(reader).check(read);
        SpecResource main = read.resource();
        SwaggerParseResult result;
        try {
            SwaggerDeserializationResult parsed = new Swagger20Parser().readWithInfo(read.tree());
            if (parsed != null && parsed.getSwagger() != null) {
                parsed.setSwagger(new SwaggerResolver(parsed.getSwagger(), new ArrayList<>(),
                        main.parserLocation().replace('\\', '/')).resolve());
            }
            result = new SwaggerConverter().convert(parsed);
        } catch (RuntimeException e) {
            throw parserFailed(main, e);
        }
        OpenAPI openAPI = result == null ? null : result.getOpenAPI();
        List<String> warnings = ParserMessages.warningsOrFail(main, openAPI != null,
                result == null ? null : result.getMessages());
        ObjectNode converted = Json.mapper().valueToTree(openAPI);
        return new BundledSpec(converted, SpecVersion.SWAGGER_2_0, sources(files), () -> warnings, null);
    }

    private static ApiErrorsException parserFailed(SpecResource main, RuntimeException e) {
        return new ApiErrorsException(main.displayName() + ": Swagger Parser cannot read the description: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
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
