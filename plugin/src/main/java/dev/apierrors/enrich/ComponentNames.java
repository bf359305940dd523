package dev.apierrors.enrich;

import dev.apierrors.convention.Convention;

import java.util.regex.Pattern;

/**
 * The names under which the enrichment adds its components. Configurable because a description
 * may already use them for something else.
 *
 * @param errorSchema           the name of the convention's body {@code ApiError} (the general body of the
 *                              built-in conventions)
 * @param validationErrorSchema the name of the convention's body {@code ApiValidationError}
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

    public String response(Convention.Status status) {
        return responsePrefix + status.pascalName();
    }

    /** The component name of a body of the convention: its own name, or the configured one for the two renamable bodies. */
    public String schema(String body) {
        if (body.equals(DEFAULT_ERROR_SCHEMA)) {
            return errorSchema;
        }
        return body.equals(DEFAULT_VALIDATION_ERROR_SCHEMA) ? validationErrorSchema : body;
    }

    /** The parameter that names a body's component, or null when none does. */
    public static String parameterFor(String body) {
        return body.equals(DEFAULT_ERROR_SCHEMA) ? "errorSchemaName"
                : body.equals(DEFAULT_VALIDATION_ERROR_SCHEMA) ? "validationErrorSchemaName" : null;
    }

    private static void check(String parameter, String name) {
        if (name == null || !COMPONENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(parameter + " '" + name
                    + "' is not a valid component name (letters, digits, '.', '-' and '_')");
        }
    }
}
