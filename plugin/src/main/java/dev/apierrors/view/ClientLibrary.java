package dev.apierrors.view;

import dev.apierrors.shared.ApiErrorsException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client library of OpenAPI Generator (its {@code library} option), and the adapter that makes
 * its clients throw the plugin's typed exceptions. Each adapter is generated only when asked for,
 * because it compiles only against its library.
 */
public enum ClientLibrary {
    NATIVE("native", "jdkResponseInterceptor", "ApiErrorsResponseInterceptor"),
    RESTCLIENT("restclient", "springStatusHandler", "ApiErrorsStatusHandler"),
    RESTTEMPLATE("resttemplate", "springResponseErrorHandler", "ApiErrorsResponseErrorHandler"),
    SPRING_HTTP_INTERFACE("spring-http-interface", "springStatusHandler", "ApiErrorsStatusHandler"),
    WEBCLIENT("webclient", "webfluxWebClientFilter", "ApiErrorsWebClientFilter"),
    FEIGN("feign", "feignErrorDecoder", "ApiErrorsFeignErrorDecoder"),
    SPRING_CLOUD("spring-cloud", "feignErrorDecoder", "ApiErrorsFeignErrorDecoder"),
    MICROPROFILE("microprofile", "microprofileExceptionMapper", "ApiErrorsResponseExceptionMapper");

    private final String id;
    private final String template;
    private final String adapter;

    ClientLibrary(String id, String template, String adapter) {
        this.id = id;
        this.template = template;
        this.adapter = adapter;
    }

    /** OpenAPI Generator's name of the library. */
    public String id() {
        return id;
    }

    /** The template of the adapter, without {@code .mustache}. */
    public String template() {
        return template;
    }

    /** The adapter's class name. */
    public String adapter() {
        return adapter;
    }

    /** The libraries named in {@code values} (OpenAPI Generator's names, any case); none for null. */
    public static Set<ClientLibrary> parse(Iterable<String> values) {
        Set<ClientLibrary> libraries = EnumSet.noneOf(ClientLibrary.class);
        if (values == null) {
            return libraries;
        }
        for (String value : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    libraries.add(of(name.trim()));
                }
            }
        }
        return libraries;
    }

    private static ClientLibrary of(String name) {
        for (ClientLibrary library : values()) {
            if (library.id.equals(name.toLowerCase(Locale.ROOT))) {
                return library;
            }
        }
        throw new ApiErrorsException("client library '" + name + "' is not one of "
                + Arrays.stream(values()).map(ClientLibrary::id).collect(Collectors.joining(", ")));
    }
}
