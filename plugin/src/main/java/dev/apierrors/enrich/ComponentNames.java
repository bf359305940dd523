package dev.apierrors.enrich;

import dev.apierrors.convention.StandardError;

import java.util.regex.Pattern;

/**
 * The names under which the enrichment adds its components. Configurable because a description
 * may already use them for something else.
 *
 * @param errorSchema           the general error body schema
 * @param validationErrorSchema the validation error body schema
 * @param responsePrefix        prefix of the response names, followed by e.g. {@code NotFound}
 */
public record ComponentNames(String errorSchema, String validationErrorSchema, String responsePrefix) {

    public static final String DEFAULT_ERROR_SCHEMA = "ApiError";
    public static final String DEFAULT_VALIDATION_ERROR_SCHEMA = "ApiValidationError";
    public static final String DEFAULT_RESPONSE_PREFIX = "ApiError";

    private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public ComponentNames {
        check("errorSchemaName", errorSchema);
        check("validationErrorSchemaName", validationErrorSchema);
        if (!responsePrefix.isEmpty()) {
            check("responseNamePrefix", responsePrefix);
        }
        if (errorSchema.equals(validationErrorSchema)) {
            throw new IllegalArgumentException("errorSchemaName and validationErrorSchemaName must differ, both are '"
                    + errorSchema + "'");
        }
    }

    public static ComponentNames defaults() {
        return new ComponentNames(DEFAULT_ERROR_SCHEMA, DEFAULT_VALIDATION_ERROR_SCHEMA, DEFAULT_RESPONSE_PREFIX);
    }

    public String response(StandardError error) {
        return responsePrefix + error.pascalName();
    }

    public String schemaFor(StandardError error) {
        switch (error.body()) {
            case VALIDATION: return validationErrorSchema;
            case GENERAL: return errorSchema;
            default: throw new IllegalStateException(error.body().name());
        }
    }

    private static void check(String parameter, String name) {
        if (name == null || !COMPONENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(parameter + " '" + name
                    + "' is not a valid component name (letters, digits, '.', '-' and '_')");
        }
    }
}
