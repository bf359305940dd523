package dev.apierrors.view;

import dev.apierrors.shared.ApiErrorsException;
import java.util.Locale;

/**
 * The server and client framework the generated handlers are written for: Spring MVC, Spring
 * WebFlux, Jakarta REST, or none (plain Java).
 */
public enum Framework {
    SPRING, WEBFLUX, JAXRS, NONE;

    public static Framework parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiErrorsException("framework '" + value + "' is not one of spring, webflux, jaxrs, none");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
