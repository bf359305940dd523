package dev.apierrors.view;

import dev.apierrors.shared.ApiErrorsException;
import java.util.Locale;

/** The server and client framework the generated handlers are written for. */
public enum Framework {
    SPRING, JAXRS, NONE;

    public static Framework parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiErrorsException("framework '" + value + "' is not one of spring, jaxrs, none");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
