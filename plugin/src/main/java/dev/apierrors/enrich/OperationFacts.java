package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.document.Operation;
import dev.apierrors.document.Pointers;

import java.util.regex.Pattern;

/** What the rules need to know about one operation, read from the document. */
final class OperationFacts {

    /** A template variable, not a callback's runtime expression such as {$request.body#/url}. */
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}$][^}]*}");

    private final ObjectNode root;
    private final Operation operation;

    OperationFacts(ObjectNode root, Operation operation) {
        this.root = root;
        this.operation = operation;
    }

    Operation operation() {
        return operation;
    }

    ObjectNode root() {
        return root;
    }

    String method() {
        return operation.method();
    }

    /** The author declared this code, or a range such as 4XX that covers it. */
    boolean declares(Convention.Status error) {
        JsonNode responses = operation.operation().get("responses");
        if (responses == null || !responses.isObject()) {
            return false;
        }
        String range = (error.code() / 100) + "XX";
        return responses.has(error.codeText()) || responses.has(range) || responses.has(range.toLowerCase());
    }

    /** A security requirement with at least one scheme applies (operation-level replaces root-level). */
    boolean secured() {
        JsonNode security = operation.operation().has("security") ? operation.operation().get("security")
                : root.get("security");
        if (security == null || !security.isArray()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isObject() && requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }

    boolean hasPathParameter() {
        if (operation.origin() != Operation.Origin.WEBHOOK && PATH_VARIABLE.matcher(operation.path()).find()) {
            return true;
        }
        return hasParameter(operation.operation(), "path") || hasParameter(operation.pathItem(), "path");
    }

    /** Parameters (of any kind) or a request body: something the client sends that can be invalid. */
    boolean hasInput() {
        return operation.operation().has("requestBody")
                || hasParameter(operation.operation(), null) || hasParameter(operation.pathItem(), null);
    }

    private boolean hasParameter(JsonNode owner, String in) {
        JsonNode parameters = owner.get("parameters");
        if (parameters == null || !parameters.isArray()) {
            return false;
        }
        for (JsonNode parameter : parameters) {
            JsonNode resolved = Pointers.deref(root, parameter);
            if (in == null || in.equals(resolved.path("in").asText())) {
                return true;
            }
        }
        return false;
    }
}
