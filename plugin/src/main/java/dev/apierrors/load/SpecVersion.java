package dev.apierrors.load;

/** The versions of the OpenAPI Specification the plugin reads. */
public enum SpecVersion {
    /** Swagger 2.0, converted by Swagger Parser: the enriched description is OAS 3.0. */
    SWAGGER_2_0,
    OPENAPI_3_0,
    OPENAPI_3_1;

    public boolean isOpenApi31() {
        return this == OPENAPI_3_1;
    }
}
