package dev.apierrors.document;

import java.util.Set;

import static dev.apierrors.document.NodeKind.CALLBACK;
import static dev.apierrors.document.NodeKind.COMPONENTS;
import static dev.apierrors.document.NodeKind.ENCODING;
import static dev.apierrors.document.NodeKind.EXAMPLE;
import static dev.apierrors.document.NodeKind.GENERIC;
import static dev.apierrors.document.NodeKind.HEADER;
import static dev.apierrors.document.NodeKind.LINK;
import static dev.apierrors.document.NodeKind.LITERAL;
import static dev.apierrors.document.NodeKind.MEDIA_TYPE;
import static dev.apierrors.document.NodeKind.OPERATION;
import static dev.apierrors.document.NodeKind.PARAMETER;
import static dev.apierrors.document.NodeKind.PATHS;
import static dev.apierrors.document.NodeKind.PATH_ITEM;
import static dev.apierrors.document.NodeKind.REQUEST_BODY;
import static dev.apierrors.document.NodeKind.RESPONSE;
import static dev.apierrors.document.NodeKind.RESPONSES;
import static dev.apierrors.document.NodeKind.SCHEMA;
import static dev.apierrors.document.NodeKind.SECURITY_SCHEME;

/**
 * The parts of the OpenAPI 3.x structure that matter for references and operations: which
 * {@link NodeKind} the value under each key of an object has.
 */
public final class DocumentStructure {

    private DocumentStructure() {
    }

    public static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** How the value under a key holds objects of a kind. */
    public enum Shape { ONE, MAP, LIST }

    /** The kind and shape of the value under a key. */
    public static final class Slot {
        private final NodeKind kind;
        private final Shape shape;

        private Slot(NodeKind kind, Shape shape) {
            this.kind = kind;
            this.shape = shape;
        }

        public NodeKind kind() {
            return kind;
        }

        public Shape shape() {
            return shape;
        }

        static Slot one(NodeKind kind) {
            return new Slot(kind, Shape.ONE);
        }

        static Slot map(NodeKind kind) {
            return new Slot(kind, Shape.MAP);
        }

        static Slot list(NodeKind kind) {
            return new Slot(kind, Shape.LIST);
        }
    }

    private static final Slot LITERAL_SLOT = Slot.one(LITERAL);
    private static final Slot GENERIC_SLOT = Slot.one(GENERIC);

    /** The section of {@code components} where objects of a kind are kept, or null. */
    public static String componentSection(NodeKind kind) {
        switch (kind) {
            case SCHEMA: return "schemas";
            case PARAMETER: return "parameters";
            case REQUEST_BODY: return "requestBodies";
            case RESPONSE: return "responses";
            case HEADER: return "headers";
            case EXAMPLE: return "examples";
            case LINK: return "links";
            case CALLBACK: return "callbacks";
            case SECURITY_SCHEME: return "securitySchemes";
            default: return null;
        }
    }

    /** The slot of the value under {@code key} in an object of a kind. */
    public static Slot child(NodeKind kind, String key) {
        if (kind == LITERAL || key.startsWith("x-")) {
            return LITERAL_SLOT;
        }
        switch (kind) {
            case ROOT:
                switch (key) {
                    case "paths": return Slot.one(PATHS);
                    case "webhooks": return Slot.map(PATH_ITEM);
                    case "components": return Slot.one(COMPONENTS);
                    case "info": case "tags": case "servers": case "security": case "externalDocs":
                    case "openapi": case "jsonSchemaDialect":
                        return LITERAL_SLOT;
                    default: return GENERIC_SLOT;
                }
            case PATHS:
                return Slot.one(PATH_ITEM);
            case PATH_ITEM:
                if (HTTP_METHODS.contains(key)) {
                    return Slot.one(OPERATION);
                }
                return "parameters".equals(key) ? Slot.list(PARAMETER) : GENERIC_SLOT;
            case OPERATION:
                switch (key) {
                    case "parameters": return Slot.list(PARAMETER);
                    case "requestBody": return Slot.one(REQUEST_BODY);
                    case "responses": return Slot.one(RESPONSES);
                    case "callbacks": return Slot.map(CALLBACK);
                    case "tags": case "security": case "operationId": case "summary": case "description":
                        return LITERAL_SLOT;
                    default: return GENERIC_SLOT;
                }
            case PARAMETER:
            case HEADER:
                switch (key) {
                    case "schema": return Slot.one(SCHEMA);
                    case "content": return Slot.map(MEDIA_TYPE);
                    case "examples": return Slot.map(EXAMPLE);
                    case "example": return LITERAL_SLOT;
                    default: return GENERIC_SLOT;
                }
            case REQUEST_BODY:
                return "content".equals(key) ? Slot.map(MEDIA_TYPE) : GENERIC_SLOT;
            case MEDIA_TYPE:
                switch (key) {
                    case "schema": return Slot.one(SCHEMA);
                    case "examples": return Slot.map(EXAMPLE);
                    case "encoding": return Slot.map(ENCODING);
                    case "example": return LITERAL_SLOT;
                    default: return GENERIC_SLOT;
                }
            case ENCODING:
                return "headers".equals(key) ? Slot.map(HEADER) : GENERIC_SLOT;
            case RESPONSES:
                return Slot.one(RESPONSE);
            case RESPONSE:
                switch (key) {
                    case "headers": return Slot.map(HEADER);
                    case "content": return Slot.map(MEDIA_TYPE);
                    case "links": return Slot.map(LINK);
                    default: return GENERIC_SLOT;
                }
            case CALLBACK:
                return Slot.one(PATH_ITEM);
            case EXAMPLE:
                return "value".equals(key) ? LITERAL_SLOT : GENERIC_SLOT;
            case LINK:
                return LITERAL_SLOT;
            case COMPONENTS:
                switch (key) {
                    case "schemas": return Slot.map(SCHEMA);
                    case "responses": return Slot.map(RESPONSE);
                    case "parameters": return Slot.map(PARAMETER);
                    case "examples": return Slot.map(EXAMPLE);
                    case "requestBodies": return Slot.map(REQUEST_BODY);
                    case "headers": return Slot.map(HEADER);
                    case "securitySchemes": return Slot.map(SECURITY_SCHEME);
                    case "links": return Slot.map(LINK);
                    case "callbacks": return Slot.map(CALLBACK);
                    case "pathItems": return Slot.map(PATH_ITEM);
                    default: return GENERIC_SLOT;
                }
            case SCHEMA:
                return schemaChild(key);
            default:
                return GENERIC_SLOT;
        }
    }

    private static Slot schemaChild(String key) {
        switch (key) {
            case "properties": case "patternProperties": case "$defs": case "definitions":
            case "dependentSchemas":
                return Slot.map(SCHEMA);
            case "allOf": case "anyOf": case "oneOf": case "prefixItems":
                return Slot.list(SCHEMA);
            case "example": case "examples": case "default": case "enum": case "const":
            case "discriminator": case "xml": case "externalDocs":
                return LITERAL_SLOT;
            default:
                // items, not, additionalProperties, if/then/else, contains...: a schema or a boolean.
                return Slot.one(SCHEMA);
        }
    }
}
