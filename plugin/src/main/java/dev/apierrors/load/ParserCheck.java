package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;

import java.util.ArrayList;
import java.util.List;

/**
 * Has Swagger Parser check an OpenAPI 3.x tree, with the result of
 * {@link OpenAPIV3Parser#parseJsonNode(String, JsonNode, ParseOptions)} (not resolved: the loader
 * bundles references itself).
 *
 * <p>{@code parseJsonNode} first converts the whole tree into a map of maps, which only JSON Schema
 * parser extensions read; on a large description that copy takes about 40% of the check's time and
 * as much memory as the tree itself. Without such an extension on the class path, the check runs
 * Swagger Parser's deserializer on the tree directly, set up as {@code parseJsonNode} sets it up.
 */
final class ParserCheck {

    private ParserCheck() {
    }

    static SwaggerParseResult check(String location, JsonNode document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        if (!OpenAPIDeserializer.getJsonSchemaParserExtensions().isEmpty()) {
            return new OpenAPIV3Parser().parseJsonNode(location, document, options);
        }
        SwaggerParseResult result = new SwaggerParseResult();
        try {
            OpenAPIDeserializer.ParseResult parse = new OpenAPIDeserializer.ParseResult();
            parse.setOaiAuthor(options.isOaiAuthor());
            parse.setInferSchemaType(options.isInferSchemaType());
            parse.setAllowEmptyStrings(options.isAllowEmptyString());
            parse.setValidateInternalRefs(options.isValidateInternalRefs());
            parse.setExplicitStyleAndExplode(options.isExplicitStyleAndExplode());
            OpenAPI openAPI = new OpenAPIDeserializer().parseRoot(document, parse, location);
            result.openapi31(parse.isOpenapi31());
            result.setOpenAPI(openAPI);
            result.setMessages(parse.getMessages());
        } catch (Exception e) {
            // as parseJsonNode reports a failure of the deserializer
            String message = e.getMessage() == null || e.getMessage().isBlank()
                    ? "Unexpected error deserialising spec" : e.getMessage();
            result.setMessages(new ArrayList<>(List.of(message)));
        }
        return result;
    }
}
