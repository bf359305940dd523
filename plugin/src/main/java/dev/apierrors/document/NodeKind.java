package dev.apierrors.document;

/**
 * What an object of an OpenAPI 3.x document is, as far as references and operations go. Knowing
 * the kind of each object tells where a {@code $ref} found in it belongs (a schema, a parameter,
 * a path item...) and which parts are literal data, where a {@code $ref} key is not a reference.
 */
public enum NodeKind {
    ROOT, PATHS, PATH_ITEM, OPERATION, PARAMETER, REQUEST_BODY, MEDIA_TYPE, ENCODING, RESPONSES,
    RESPONSE, HEADER, CALLBACK, EXAMPLE, LINK, SECURITY_SCHEME, COMPONENTS, SCHEMA,
    /** An object of no special meaning: references in it are followed, nothing else. */
    GENERIC,
    /** Literal data (examples, defaults, enums, extensions): never looked into. */
    LITERAL;

}
