package dev.apierrors.view;


import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which template renders which Java type, for each framework (docs/templates.md). */
public final class JavaTemplates {

    /** The generated types whose names do not come from the description, by framework. */
    static final List<String> COMMON_TYPES = List.of("ValidationDetail", "ErrorStatus", "ApiErrorException",
            "ApiErrorDecoder", "ApiErrorJson", "OperationErrors");
    static final List<String> SPRING_TYPES = List.of("ApiErrorsExceptionHandler", "ApiErrorsResponseErrorHandler",
            "ApiErrorsStatusHandler");
    static final List<String> WEBFLUX_TYPES = List.of("ApiErrorsWebExceptionHandler", "ApiErrorsWebClientFilter");
    static final List<String> JAXRS_TYPES = List.of("ApiErrorResponses", "ApiErrorExceptionMapper",
            "ApiErrorsWebApplicationExceptionMapper", "ApiErrorsJsonExceptionMapper",
            "ApiErrorsValidationExceptionMapper", "ApiErrorsFallbackExceptionMapper", "ApiErrorsFeature",
            "ApiErrorsClientResponseFilter");
    /** The adapters of OpenAPI Generator's client libraries that the Spring types do not hold already. */
    static final List<String> CLIENT_TYPES = List.of("ApiErrorsResponseInterceptor",
            "ApiErrorsFeignErrorDecoder", "ApiErrorsResponseExceptionMapper");

    /**
     * One generated file.
     *
     * @param template the template, without {@code .mustache}
     * @param typeName the Java type, and so the file name
     * @param item     an extra scope for the template (a status for {@code statusException}), or null
     */
    public record Output(String template, String typeName, Object item) {
    }

    private JavaTemplates() {
    }

    /** The files of a view: the same templates for every convention, then the adapter of each client library. */
    public static List<Output> outputs(Framework framework, Set<ClientLibrary> clients, SourcesView view) {
        List<Output> outputs = commonAndFrameworkOutputs(framework, view);
        Set<String> adapters = new LinkedHashSet<>();
        outputs.forEach(output -> adapters.add(output.typeName()));
        for (ClientLibrary client : clients) {
            // libraries that share an adapter (RestClient and HTTP interfaces, Feign and Spring Cloud) get it once
            if (adapters.add(client.adapter())) {
                outputs.add(new Output(client.template(), client.adapter(), null));
            }
        }
        return outputs;
    }

    private static List<Output> commonAndFrameworkOutputs(Framework framework, SourcesView view) {
        List<Output> outputs = new ArrayList<>();
        for (SourcesView.Body body : view.bodies()) {
            outputs.add(new Output("errorBody", body.type(), body));
        }
        outputs.add(new Output("validationDetail", "ValidationDetail", null));
        outputs.add(new Output("errorStatus", "ErrorStatus", null));
        outputs.add(new Output("apiErrorException", "ApiErrorException", null));
        for (SourcesView.Status status : view.statuses()) {
            outputs.add(new Output("statusException", status.exception(), status));
        }
        outputs.add(new Output("apiErrorDecoder", "ApiErrorDecoder", null));
        outputs.add(new Output("apiErrorJson", "ApiErrorJson", null));
        outputs.add(new Output("operationErrors", "OperationErrors", null));
        if (framework == Framework.SPRING) {
            outputs.add(new Output("springExceptionHandler", "ApiErrorsExceptionHandler", null));
            outputs.add(new Output("springResponseErrorHandler", "ApiErrorsResponseErrorHandler", null));
            outputs.add(new Output("springStatusHandler", "ApiErrorsStatusHandler", null));
        } else if (framework == Framework.WEBFLUX) {
            outputs.add(new Output("webfluxExceptionHandler", "ApiErrorsWebExceptionHandler", null));
            outputs.add(new Output("webfluxWebClientFilter", "ApiErrorsWebClientFilter", null));
        } else if (framework == Framework.JAXRS) {
            outputs.add(new Output("jaxrsResponses", "ApiErrorResponses", null));
            outputs.add(new Output("jaxrsApiErrorExceptionMapper", "ApiErrorExceptionMapper", null));
            outputs.add(new Output("jaxrsWebApplicationExceptionMapper", "ApiErrorsWebApplicationExceptionMapper", null));
            outputs.add(new Output("jaxrsJsonExceptionMapper", "ApiErrorsJsonExceptionMapper", null));
            outputs.add(new Output("jaxrsValidationExceptionMapper", "ApiErrorsValidationExceptionMapper", null));
            outputs.add(new Output("jaxrsFallbackExceptionMapper", "ApiErrorsFallbackExceptionMapper", null));
            outputs.add(new Output("jaxrsFeature", "ApiErrorsFeature", null));
            outputs.add(new Output("jaxrsClientResponseFilter", "ApiErrorsClientResponseFilter", null));
        }
        return outputs;
    }
}
