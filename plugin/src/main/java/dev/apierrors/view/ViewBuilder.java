package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the templates' view of an enriched description. */
public final class ViewBuilder {

    static final String REQUEST_ID_HEADER = "X-Request-ID";

    /**
     * Simple names the generated sources use without qualification, besides {@code java.lang}:
     * a body model of the same name would shadow them.
     */
    static final Set<String> USED_NAMES = Set.of(
            "Annotation", "ArrayList", "Arrays", "BigDecimal", "BigInteger", "ClientHttpResponse", "ClientRequest",
            "ClientRequestContext", "ClientResponse", "ClientResponseContext", "ClientResponseFilter", "Collection",
            "Collections", "Comparator", "Component", "ConstraintViolation", "ConstraintViolationException",
            "Consumer", "Context", "CookieParam", "CookieValue", "DateTimeFormatter", "DateTimeParseException",
            "DefaultResponseErrorHandler", "ElementKind", "EnumSet", "ErrorDecoder", "ErrorResponse",
            "ExceptionHandler", "ExceptionMapper", "ExchangeFilterFunction", "ExchangeFunction", "Feature",
            "FeatureContext", "FeignException", "Field", "FieldError", "FormParam", "Function", "Generated",
            "HandlerMethodValidationException", "HeaderParam", "HttpHeaders", "HttpMessageNotReadableException",
            "HttpMessageWriter", "HttpMethod", "HttpRequest", "HttpResponse", "HttpStatus", "HttpStatusCode",
            "IOException", "InputStream", "Iterator", "JsonCreator", "JsonIgnoreProperties", "JsonInclude",
            "JsonMappingException", "JsonParseException", "JsonProcessingException", "JsonProperty", "LinkedHashMap",
            "LinkedHashSet", "List", "Locale", "Logger", "Map", "MatrixParam", "MediaType",
            "MessageSourceResolvable", "Method", "MethodArgumentNotValidException",
            "MethodArgumentTypeMismatchException", "MethodParameter", "MismatchedInputException",
            "MissingPathVariableException", "MissingRequestCookieException", "MissingRequestHeaderException",
            "MissingRequestValueException", "MissingServletRequestParameterException",
            "MissingServletRequestPartException", "Mono", "MultivaluedMap", "NotNull", "ObjectError", "Objects",
            "OffsetDateTime", "Optional", "Order", "Ordered", "ParameterValidationResult", "ParameterizedType",
            "Path", "PathParam", "PathVariable", "Priorities", "Priority", "ProcessingException", "Provider",
            "QueryParam", "RecordComponent", "RequestBody", "RequestHeader", "RequestParam", "RequestPart",
            "Response", "ResponseEntity", "ResponseExceptionMapper", "RestClient", "RestClientResponseException",
            "RestControllerAdvice", "ServerCodecConfigurer", "ServerResponse", "ServerWebExchange",
            "ServerWebInputException", "Set", "StandardCharsets", "Type", "TypeMismatchException", "URI", "UUID",
            "UnaryOperator", "ViewResolver", "WebApplicationException", "WebClientResponseException",
            "WebExceptionHandler", "WebExchangeBindException", "WebRequest", "WildcardType", "ZoneOffset");

    private ViewBuilder() {
    }

    /** The view of an enriched description's sources: what every template gets. */
    public static SourcesView build(ObjectNode document, SourcesOptions options) {
        Convention convention = options.convention();
        List<Convention.Status> all = convention.statuses();
        ConventionBodies bodies = bodies(options);
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

    /**
     * The body types the sources of {@code options} hold, named as in {@link #build}, with the names
     * OpenAPI Generator gives their schemas: computed from the convention and the names alone,
     * without the description.
     */
    public static ModelMappings mappings(SourcesOptions options) {
        return new ModelMappings(bodies(options).mappings(options.basePackage()));
    }

    private static ConventionBodies bodies(SourcesOptions options) {
        Set<String> taken = new HashSet<>(JavaTemplates.COMMON_TYPES);
        taken.addAll(JavaTemplates.SPRING_TYPES);
        taken.addAll(JavaTemplates.WEBFLUX_TYPES);
        taken.addAll(JavaTemplates.JAXRS_TYPES);
        taken.addAll(JavaTemplates.CLIENT_TYPES);
        taken.addAll(USED_NAMES);
        options.convention().statuses().forEach(status -> taken.add(exceptionName(status)));
        return ConventionBodies.of(options.convention(), options.names(), taken);
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
