package dev.apierrors.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every operation of a bundled OpenAPI 3.x document exactly once: under {@code paths}, in
 * path items reached through local references, in callbacks (at any depth), in webhooks and in
 * {@code components/pathItems} and {@code components/callbacks}. Fails with the location when the
 * document's structure is not what the specification requires where operations live.
 */
public final class OperationWalker {

    private final ObjectNode root;
    private final Set<JsonNode> seenPathItems = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Operation> operations = new ArrayList<>();

    private OperationWalker(ObjectNode root) {
        this.root = root;
    }

    /** The operations in document order. */
    public static List<Operation> operations(ObjectNode root) {
        OperationWalker walker = new OperationWalker(root);
        walker.walkAll();
        return walker.operations;
    }

    private void walkAll() {
        pathItems(root.get("paths"), "/paths", Operation.Origin.PATH);
        pathItems(root.get("webhooks"), "/webhooks", Operation.Origin.WEBHOOK);
        JsonNode components = root.get("components");
        if (components != null && components.isObject()) {
            pathItems(components.get("pathItems"), "/components/pathItems", Operation.Origin.COMPONENT_PATH_ITEM);
            JsonNode callbacks = components.get("callbacks");
            if (callbacks != null && callbacks.isObject()) {
                eachField(callbacks, (name, callback) ->
                        callback(callback, "/components/callbacks/" + Pointers.escape(name),
                                "/components/callbacks/" + Pointers.escape(name)));
            }
        }
    }

    private void pathItems(JsonNode container, String pointer, Operation.Origin origin) {
        if (container == null || container.isNull()) {
            return;
        }
        if (!container.isObject()) {
            throw structure(pointer, "must be a mapping of path items, found " + kind(container));
        }
        // The Paths object has extensions; webhooks and components/pathItems are plain maps of names.
        boolean extensions = origin == Operation.Origin.PATH;
        eachField(container, (key, value) -> {
            if (!extensions || !key.startsWith("x-")) {
                String itemPointer = pointer + "/" + Pointers.escape(key);
                pathItem(key, value, itemPointer, itemPointer, origin);
            }
        });
    }

    /** {@code pointer}: how the walk reached the node, for messages; {@code location}: where the node is. */
    private void pathItem(String path, JsonNode node, String pointer, String location, Operation.Origin origin) {
        Pointers.Target target = Pointers.resolve(root, node, location);
        JsonNode item = target.node();
        if (!item.isObject()) {
            throw structure(pointer, "must be a path item (a mapping of operations), found " + kind(item));
        }
        operationsOf(path, item, pointer, target.location(), origin);
        if (item != node && node.isObject()) {
            // Operations written beside the $ref belong to the same path item.
            operationsOf(path, node, pointer, location, origin);
        }
    }

    private void operationsOf(String path, JsonNode item, String pointer, String location, Operation.Origin origin) {
        if (!seenPathItems.add(item)) {
            return;
        }
        ObjectNode pathItem = (ObjectNode) item;
        eachField(pathItem, (method, value) -> {
            if (!DocumentStructure.HTTP_METHODS.contains(method)) {
                return;
            }
            String operationPointer = pointer + "/" + method;
            String operationLocation = location + "/" + method;
            if (!value.isObject()) {
                throw structure(operationPointer, "must be an operation (a mapping), found " + kind(value));
            }
            ObjectNode operation = (ObjectNode) value;
            operations.add(new Operation(method, path, origin, operation, pathItem, operationPointer,
                    operationLocation));
            JsonNode callbacks = operation.get("callbacks");
            if (callbacks != null && callbacks.isObject()) {
                eachField(callbacks, (name, callback) ->
                        callback(callback, operationPointer + "/callbacks/" + Pointers.escape(name),
                                operationLocation + "/callbacks/" + Pointers.escape(name)));
            }
        });
    }

    private void callback(JsonNode node, String pointer, String location) {
        Pointers.Target target = Pointers.resolve(root, node, location);
        JsonNode callback = target.node();
        if (!callback.isObject()) {
            throw structure(pointer, "must be a callback (a mapping of expressions to path items), found "
                    + kind(callback));
        }
        eachField(callback, (expression, item) -> {
            if (!expression.startsWith("x-")) {
                pathItem(expression, item, pointer + "/" + Pointers.escape(expression),
                        target.location() + "/" + Pointers.escape(expression), Operation.Origin.CALLBACK);
            }
        });
    }

    private interface FieldAction {
        void accept(String key, JsonNode value);
    }

    private static void eachField(JsonNode object, FieldAction action) {
        // Copy first: an action may add fields (responses) to objects reached later.
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        it.forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> field : fields) {
            action.accept(field.getKey(), field.getValue());
        }
    }

    static String kind(JsonNode node) {
        if (node.isMissingNode()) {
            return "an unresolved $ref";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return "a mapping";
    }

    private static ApiErrorsException structure(String pointer, String problem) {
        return new ApiErrorsException("'" + pointer.substring(1).replace("/", ".").replace("~1", "/").replace("~0", "~")
                + "' " + problem);
    }
}
