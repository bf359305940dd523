package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the templates' view of an enriched description. */
final class ViewBuilder {

    static final String REQUEST_ID_HEADER = "X-Request-ID";

    /**
     * Simple names the generated sources use without qualification, besides {@code java.lang}:
     * a body model of the same name would shadow them.
     */
    static final Set<String> USED_NAMES = Set.of(
            "Annotation", "ArrayList", "Arrays", "BigDecimal", "BigInteger", "ClientHttpResponse",
            "ClientRequestContext", "ClientResponseContext", "ClientResponseFilter", "Collection", "Collections", "Comparator",
            "ConstraintViolation", "ConstraintViolationException", "Context", "CookieParam", "CookieValue",
            "DateTimeFormatter", "DateTimeParseException", "DefaultResponseErrorHandler", "ElementKind",
            "EnumSet", "ErrorResponse", "ExceptionHandler", "ExceptionMapper", "Feature", "FeatureContext",
            "Field", "FieldError", "FormParam", "Function", "Generated", "HandlerMethodValidationException", "HeaderParam",
            "HttpHeaders", "HttpMessageNotReadableException", "HttpMethod", "HttpStatus", "HttpStatusCode",
            "IOException", "InputStream", "Iterator", "JsonCreator", "JsonIgnoreProperties", "JsonInclude",
            "JsonMappingException", "JsonParseException", "JsonProcessingException", "JsonProperty",
            "LinkedHashMap", "LinkedHashSet", "List", "Locale", "Logger", "Map", "MatrixParam", "MediaType",
            "MessageSourceResolvable", "Method", "MethodArgumentNotValidException",
            "MethodArgumentTypeMismatchException", "MethodParameter", "MissingPathVariableException",
            "MissingRequestCookieException", "MissingRequestHeaderException",
            "MissingServletRequestParameterException", "MissingServletRequestPartException", "NotNull",
            "ObjectError", "Objects", "OffsetDateTime", "Optional", "Order", "Ordered",
            "ParameterValidationResult", "ParameterizedType", "Path", "PathParam", "PathVariable", "Priorities",
            "Priority", "Provider", "QueryParam", "RecordComponent", "RequestBody", "RequestHeader",
            "RequestParam", "RequestPart", "Response", "ResponseEntity", "RestControllerAdvice", "Set",
            "StandardCharsets", "Type", "TypeMismatchException", "URI", "UUID", "WebApplicationException", "WebRequest", "WildcardType",
            "ZoneOffset",
            // Spring WebFlux
            "ClientRequest", "ClientResponse", "Component", "ExchangeFilterFunction", "ExchangeFunction",
            "HttpMessageWriter", "MissingRequestValueException", "Mono", "ServerCodecConfigurer", "ServerResponse",
            "ServerWebExchange", "ServerWebInputException", "ViewResolver", "WebExceptionHandler",
            "WebExchangeBindException");

    private ViewBuilder() {
    }

    static SourcesView build(ObjectNode document, SourcesOptions options) {
        Convention convention = options.convention();
        Set<String> taken = new HashSet<>(JavaTemplates.COMMON_TYPES);
        taken.addAll(JavaTemplates.SPRING_TYPES);
        taken.addAll(JavaTemplates.WEBFLUX_TYPES);
        taken.addAll(JavaTemplates.JAXRS_TYPES);
        taken.addAll(USED_NAMES);
        List<Convention.Status> all = convention.statuses();
        all.forEach(status -> taken.add(exceptionName(status)));
        ConventionBodies bodies = ConventionBodies.of(convention, options.names(), taken);
        List<SourcesView.Status> statuses = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Convention.Status status = all.get(i);
            statuses.add(new SourcesView.Status(status.constantName(), status.code(), JavaText.literal(status.reason()),
                    JavaText.javadoc(status.reason()), JavaText.javadoc(status.description()),
                    status.retry().retryable(), status.retry().escalate(),
                    convention.fill(status.body()).listsProblems(), exceptionName(status),
                    bodies.typeOf(status.body()), i == all.size() - 1));
        }
        boolean requestIds = convention.fills().values().stream().anyMatch(fill -> fill.requestId() != null);
        List<SourcesView.Operation> operations = OperationCatalog.operations(document);
        Framework framework = options.framework();
        return new SourcesView(options.basePackage(), JavaText.javadoc(info(document, "title")),
                JavaText.javadoc(info(document, "version")), framework == Framework.SPRING,
                framework == Framework.JAXRS, framework == Framework.NONE, framework != Framework.NONE,
                REQUEST_ID_HEADER, requestIds, statuses, operations, OperationCatalog.chunks(operations),
                JavaText.literal(convention.mediaType()), bodies.records());
    }

    /** The exception of a status: the name the convention gives, or one made from the reason. */
    static String exceptionName(Convention.Status status) {
        return status.exception() != null ? status.exception() : JavaNames.toModelName(status.pascalName()) + "Exception";
    }

    private static String info(ObjectNode document, String field) {
        JsonNode info = document.get("info");
        JsonNode value = info == null ? null : info.get(field);
        return value != null && value.isValueNode() ? value.asText() : "";
    }
}
