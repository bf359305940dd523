package dev.apierrors.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An OpenAPI 3.0 description of a given number of operations, each resource alike, so that the
 * cost of the goal can be compared across sizes: every resource has a collection path (list with
 * query parameters, create with a request body) and an item path (read, replace with a declared 404,
 * delete), its own schema and a shared page schema. Shapes as real descriptions have them: path
 * parameters, {@code $ref}s to components, security at the root, tags, descriptions.
 */
final class SyntheticSpec {

    static final int OPERATIONS_PER_RESOURCE = 5;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SyntheticSpec() {
    }

    /** Writes the description of {@code operations} operations (rounded up to whole resources) as JSON. */
    static Path write(Path file, int operations) throws IOException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(temporary.toFile(), document(operations));
        Files.move(temporary, file);
        return file;
    }

    static ObjectNode document(int operations) {
        int resources = (operations + OPERATIONS_PER_RESOURCE - 1) / OPERATIONS_PER_RESOURCE;
        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "Synthetic API of " + operations + " operations");
        info.put("version", "1.0.0");
        root.putArray("servers").addObject().put("url", "https://api.example.com/v1");
        root.putArray("security").addObject().putArray("bearer");
        ObjectNode paths = root.putObject("paths");
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("Page", pageSchema());
        ObjectNode parameters = components.putObject("parameters");
        parameters.set("limit", queryParameter("limit", "How many items to return.", "integer"));
        parameters.set("cursor", queryParameter("cursor", "Where the page starts.", "string"));
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        for (int i = 0; i < resources; i++) {
            String name = "Resource" + i;
            String collection = "/resources-" + i;
            schemas.set(name, resourceSchema(name));
            paths.set(collection, collectionPath(i, name));
            paths.set(collection + "/{id}", itemPath(i, name));
        }
        return root;
    }

    private static ObjectNode collectionPath(int i, String name) {
        ObjectNode item = NODES.objectNode();
        ObjectNode list = item.putObject("get");
        operationHead(list, "list" + name, "Lists the " + name + " items, one page at a time.", i);
        ArrayNode parameters = list.putArray("parameters");
        parameters.addObject().put("$ref", "#/components/parameters/limit");
        parameters.addObject().put("$ref", "#/components/parameters/cursor");
        ObjectNode page = NODES.objectNode();
        page.putArray("allOf").addObject().put("$ref", "#/components/schemas/Page");
        ObjectNode items = NODES.objectNode();
        items.putObject("properties").putObject("items").put("type", "array")
                .putObject("items").put("$ref", ref(name));
        ((ArrayNode) page.get("allOf")).add(items);
        ok(list, "200", "A page of items.", page);

        ObjectNode create = item.putObject("post");
        operationHead(create, "create" + name, "Creates a " + name + ".", i);
        body(create, name);
        ok(create, "201", "Created.", NODES.objectNode().put("$ref", ref(name)));
        return item;
    }

    private static ObjectNode itemPath(int i, String name) {
        ObjectNode item = NODES.objectNode();
        ObjectNode id = item.putArray("parameters").addObject();
        id.put("name", "id");
        id.put("in", "path");
        id.put("required", true);
        id.put("description", "Identifier of the " + name + ".");
        id.putObject("schema").put("type", "string").put("format", "uuid");

        ObjectNode read = item.putObject("get");
        operationHead(read, "get" + name, "Reads one " + name + ".", i);
        ok(read, "200", "The item.", NODES.objectNode().put("$ref", ref(name)));

        ObjectNode replace = item.putObject("put");
        operationHead(replace, "replace" + name, "Replaces one " + name + ".", i);
        body(replace, name);
        ok(replace, "200", "The item as stored.", NODES.objectNode().put("$ref", ref(name)));
        ((ObjectNode) replace.get("responses")).putObject("404").put("description", "No such " + name + ".");

        ObjectNode delete = item.putObject("delete");
        operationHead(delete, "delete" + name, "Deletes one " + name + ".", i);
        delete.putObject("responses").putObject("204").put("description", "Deleted.");
        return item;
    }

    private static void operationHead(ObjectNode operation, String id, String summary, int i) {
        operation.putArray("tags").add("group" + (i % 20));
        operation.put("operationId", id);
        operation.put("summary", summary);
        operation.put("description", summary + " This text stands for the longer prose real descriptions carry,"
                + " with a [link](https://example.com/docs/" + id + ") and `code`.");
    }

    private static void body(ObjectNode operation, String name) {
        ObjectNode body = operation.putObject("requestBody");
        body.put("required", true);
        body.putObject("content").putObject("application/json").putObject("schema").put("$ref", ref(name));
    }

    private static void ok(ObjectNode operation, String code, String description, ObjectNode schema) {
        ObjectNode response = operation.putObject("responses").putObject(code);
        response.put("description", description);
        response.putObject("content").putObject("application/json").set("schema", schema);
    }

    private static ObjectNode resourceSchema(String name) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "A " + name + ".");
        schema.putArray("required").add("id").add("name");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("id").put("type", "string").put("format", "uuid").put("readOnly", true);
        properties.putObject("name").put("type", "string").put("maxLength", 200);
        properties.putObject("count").put("type", "integer").put("format", "int64").put("minimum", 0);
        properties.putObject("price").put("type", "number").put("multipleOf", 0.01);
        properties.putObject("active").put("type", "boolean").put("default", true);
        properties.putObject("createdAt").put("type", "string").put("format", "date-time");
        ObjectNode state = properties.putObject("state");
        state.put("type", "string");
        state.putArray("enum").add("draft").add("published").add("archived");
        properties.putObject("labels").put("type", "array").putObject("items").put("type", "string");
        properties.putObject("attributes").put("type", "object").putObject("additionalProperties").put("type", "string");
        return schema;
    }

    private static ObjectNode pageSchema() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.putArray("required").add("items");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("next").put("type", "string").put("nullable", true);
        properties.putObject("total").put("type", "integer");
        return schema;
    }

    private static ObjectNode queryParameter(String name, String description, String type) {
        ObjectNode parameter = NODES.objectNode();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.put("description", description);
        parameter.putObject("schema").put("type", type);
        return parameter;
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
