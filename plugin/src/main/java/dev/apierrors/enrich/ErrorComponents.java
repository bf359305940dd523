package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.ErrorBodyKind;
import dev.apierrors.convention.StandardError;
import dev.apierrors.core.ApiErrorsException;
import dev.apierrors.document.Pointers;

import java.util.Set;

/**
 * The components the enrichment adds: the two error bodies of the convention under
 * {@code components/schemas} and one response per standard code under
 * {@code components/responses}. A component of the same name that the author defined differently
 * is never replaced; an identical one (a description enriched before) is reused.
 */
final class ErrorComponents {

    static final String MEDIA_TYPE = "application/json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ComponentNames names;

    ErrorComponents(ComponentNames names) {
        this.names = names;
    }

    String responseRef(StandardError error) {
        return "#/components/responses/" + Pointers.escape(names.response(error));
    }

    /** Adds what the given codes need to the document's components. */
    void addTo(ObjectNode root, Set<StandardError> codes) {
        ObjectNode components = object(root, "components", "components");
        boolean general = codes.stream().anyMatch(e -> e.body() == ErrorBodyKind.GENERAL);
        boolean validation = codes.stream().anyMatch(e -> e.body() == ErrorBodyKind.VALIDATION);
        if (general || validation) {
            ObjectNode schemas = object(components, "schemas", "components.schemas");
            if (general) {
                put(schemas, "schemas", names.errorSchema(), generalBody(), "errorSchemaName");
            }
            if (validation) {
                put(schemas, "schemas", names.validationErrorSchema(), validationBody(), "validationErrorSchemaName");
            }
        }
        ObjectNode responses = object(components, "responses", "components.responses");
        for (StandardError error : StandardError.values()) {
            if (codes.contains(error)) {
                put(responses, "responses", names.response(error), response(error), "responseNamePrefix");
            }
        }
    }

    private static void put(ObjectNode section, String sectionName, String name, ObjectNode definition,
                            String parameter) {
        JsonNode existing = section.get(name);
        if (existing == null) {
            section.set(name, definition);
        } else if (!existing.equals(definition)) {
            throw new ApiErrorsException("components/" + sectionName + "/" + name
                    + " already exists in the description with a different definition; the plugin never"
                    + " replaces it. Choose another name for the plugin's component with the parameter <"
                    + parameter + "> (user property api-errors." + parameter + ")");
        }
    }

    private static ObjectNode object(ObjectNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return parent.putObject(field);
        }
        if (!node.isObject()) {
            throw new ApiErrorsException("'" + where + "' must be a mapping");
        }
        return (ObjectNode) node;
    }

    private ObjectNode response(StandardError error) {
        ObjectNode response = NODES.objectNode();
        response.put("description", error.responseDescription());
        ObjectNode media = response.putObject("content").putObject(MEDIA_TYPE);
        media.putObject("schema").put("$ref", "#/components/schemas/" + Pointers.escape(names.schemaFor(error)));
        return response;
    }

    private static ObjectNode generalBody() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "The error body of every error status but 400 and 422.");
        schema.putArray("required").add("title").add("description").add("request_id").add("timestamp");
        ObjectNode properties = schema.putObject("properties");
        string(properties, "title", "Short summary of the error, e.g. \"Unauthorized\".");
        string(properties, "description", "What went wrong, in words for a person.");
        string(properties, "request_id", "Identifier of the request, to quote when reporting the error.");
        string(properties, "timestamp", "When the error happened.").put("format", "date-time");
        return schema;
    }

    private static ObjectNode validationBody() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "The error body of 400 Bad Request and 422 Validation error: where and why"
                + " the request was invalid.");
        schema.putArray("required").add("title").add("detail").add("status");
        ObjectNode properties = schema.putObject("properties");
        string(properties, "title", "Short summary of the error, e.g. \"Bad request\".");
        ObjectNode detail = properties.putObject("detail");
        detail.put("type", "array");
        detail.put("description", "One entry for each problem found.");
        ObjectNode item = detail.putObject("items");
        item.put("type", "object");
        item.putArray("required").add("loc").add("msg").add("type");
        ObjectNode itemProperties = item.putObject("properties");
        ObjectNode loc = itemProperties.putObject("loc");
        loc.put("type", "array");
        loc.put("description", "Where the problem is: the part of the request, then the path to the value,"
                + " e.g. [\"body\", \"rik_profile_id\"] or [\"query\", \"limit\"].");
        loc.putObject("items").put("type", "string");
        string(itemProperties, "msg", "What is wrong with the value.");
        string(itemProperties, "type", "Machine-readable kind of the problem, e.g. \"value_error.extra\".");
        ObjectNode status = properties.putObject("status");
        status.put("type", "integer");
        status.put("format", "int32");
        status.put("description", "The HTTP status code of the response.");
        properties.putObject("body").put("description", "The request body as the server received it, when it"
                + " could be read.");
        return schema;
    }

    private static ObjectNode string(ObjectNode properties, String name, String description) {
        ObjectNode property = properties.putObject(name);
        property.put("type", "string");
        property.put("description", description);
        return property;
    }
}
