package dev.apierrors.view;


import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which template renders which Java type, for each framework (docs/templates.md). */
public final class JavaTemplates {

    /** The generated types whose names do not come from the description, by framework. */
    static final List<String> COMMON_TYPES = List.of("ValidationDetail", "ErrorStatus", "ApiErrorException",
            "BadRequestException", "UnauthorizedException", "ForbiddenException", "NotFoundException",
            "BusinessLogicException", "ValidationException", "InternalServerErrorException", "ApiErrorDecoder",
            "ApiErrorJson", "OperationErrors");
    static final List<String> SPRING_TYPES = List.of("ApiErrorsExceptionHandler", "ApiErrorsResponseErrorHandler",
            "ApiErrorsStatusHandler");
    static final List<String> JAXRS_TYPES = List.of("ApiErrorResponses", "ApiErrorExceptionMapper",
            "ApiErrorsWebApplicationExceptionMapper", "ApiErrorsJsonExceptionMapper",
            "ApiErrorsValidationExceptionMapper", "ApiErrorsFallbackExceptionMapper", "ApiErrorsFeature",
            "ApiErrorsClientResponseFilter");
    /** The adapters of OpenAPI Generator's client libraries that the Spring types do not hold already. */
    static final List<String> CLIENT_TYPES = List.of("ApiErrorsResponseInterceptor", "ApiErrorsExchangeFilter",
            "ApiErrorsFeignErrorDecoder", "ApiErrorsResponseExceptionMapper");

    /**
     * One generated file.
     *
     * @param template the template, without {@code .mustache}
     * @param typeName the Java type, and so the file name
     * @param item     an extra scope for the template (a status for {@code statusException}), or null
     */
    record Output(String template, String typeName, Object item) {
    }

    private JavaTemplates() {
    }

    static List<Output> outputs(Framework framework, Set<ClientLibrary> clients, SourcesView view) {
        List<Output> outputs = view.standardBodies() ? standardOutputs(framework, view)
                : conventionOutputs(framework, view);
        Set<String> adapters = new LinkedHashSet<>();
        outputs.forEach(output -> adapters.add(output.typeName()));
        for (ClientLibrary client : clients) {
            // libraries that share an adapter (RestClient, RestTemplate, HTTP interfaces) get it once
            if (adapters.add(client.adapter())) {
                outputs.add(new Output(client.template(), client.adapter(), null));
            }
        }
        return outputs;
    }

    private static List<Output> standardOutputs(Framework framework, SourcesView view) {
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output("errorModel", view.errorModel(), null));
        outputs.add(new Output("validationErrorModel", view.validationErrorModel(), null));
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

    /** For a convention with bodies of its own: records of its bodies, and handlers that send them as they are. */
    private static List<Output> conventionOutputs(Framework framework, SourcesView view) {
        List<Output> outputs = new ArrayList<>();
        for (SourcesView.Body body : view.bodies()) {
            outputs.add(new Output("conventionBody", body.type(), body));
        }
        outputs.add(new Output("conventionErrorStatus", "ErrorStatus", null));
        outputs.add(new Output("conventionApiErrorException", "ApiErrorException", null));
        for (SourcesView.Status status : view.statuses()) {
            outputs.add(new Output("conventionStatusException", status.exception(), status));
        }
        outputs.add(new Output("conventionDecoder", "ApiErrorDecoder", null));
        outputs.add(new Output("apiErrorJson", "ApiErrorJson", null));
        outputs.add(new Output("operationErrors", "OperationErrors", null));
        if (framework == Framework.SPRING) {
            outputs.add(new Output("conventionSpringExceptionHandler", "ApiErrorsExceptionHandler", null));
            outputs.add(new Output("springResponseErrorHandler", "ApiErrorsResponseErrorHandler", null));
            outputs.add(new Output("springStatusHandler", "ApiErrorsStatusHandler", null));
        } else if (framework == Framework.JAXRS) {
            outputs.add(new Output("conventionJaxrsApiErrorExceptionMapper", "ApiErrorExceptionMapper", null));
            outputs.add(new Output("conventionJaxrsWebApplicationExceptionMapper",
                    "ApiErrorsWebApplicationExceptionMapper", null));
            outputs.add(new Output("conventionJaxrsJsonExceptionMapper", "ApiErrorsJsonExceptionMapper", null));
            outputs.add(new Output("conventionJaxrsValidationExceptionMapper", "ApiErrorsValidationExceptionMapper",
                    null));
            outputs.add(new Output("conventionJaxrsFallbackExceptionMapper", "ApiErrorsFallbackExceptionMapper", null));
            outputs.add(new Output("conventionJaxrsFeature", "ApiErrorsFeature", null));
            outputs.add(new Output("jaxrsClientResponseFilter", "ApiErrorsClientResponseFilter", null));
        }
        return outputs;
    }
}
