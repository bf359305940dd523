package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.ComponentNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            "ClientRequest", "ClientRequestContext", "ClientResponse", "ClientResponseContext", "ClientResponseFilter",
            "Consumer", "ErrorDecoder", "ExchangeFilterFunction", "ExchangeFunction", "FeignException", "HttpResponse",
            "Mono", "MultivaluedMap", "ProcessingException", "ResponseExceptionMapper", "RestClientResponseException",
            "UnaryOperator", "WebClientResponseException", "Collection", "Collections", "Comparator",
            "ConstraintViolation", "ConstraintViolationException", "Context", "CookieParam", "CookieValue",
            "DateTimeFormatter", "DateTimeParseException", "DefaultResponseErrorHandler", "ElementKind",
            "EnumSet", "ErrorResponse", "ExceptionHandler", "ExceptionMapper", "Feature", "FeatureContext",
            "Field", "FieldError", "FormParam", "Function", "Generated", "HandlerMethodValidationException", "HeaderParam",
            "HttpHeaders", "HttpMessageNotReadableException", "HttpMethod", "HttpRequest", "HttpStatus", "HttpStatusCode",
            "IOException", "InputStream", "Iterator", "JsonCreator", "JsonIgnoreProperties", "JsonInclude",
            "JsonMappingException", "JsonParseException", "JsonProcessingException", "JsonProperty",
            "LinkedHashMap", "LinkedHashSet", "List", "Locale", "Logger", "Map", "MatrixParam", "MediaType",
            "MessageSourceResolvable", "Method", "MethodArgumentNotValidException",
            "MethodArgumentTypeMismatchException", "MethodParameter", "MismatchedInputException",
            "MissingPathVariableException",
            "MissingRequestCookieException", "MissingRequestHeaderException",
            "MissingServletRequestParameterException", "MissingServletRequestPartException", "NotNull",
            "ObjectError", "Objects", "OffsetDateTime", "Optional", "Order", "Ordered",
            "ParameterValidationResult", "ParameterizedType", "Path", "PathParam", "PathVariable", "Priorities",
            "Priority", "Provider", "QueryParam", "RecordComponent", "RequestBody", "RequestHeader",
            "RequestParam", "RequestPart", "Response", "ResponseEntity", "RestClient", "RestControllerAdvice", "Set",
            "StandardCharsets", "Type", "TypeMismatchException", "URI", "UUID", "WebApplicationException", "WebRequest", "WildcardType",
            "ZoneOffset");

    private ViewBuilder() {
    }

    static SourcesView build(ObjectNode document, GenerationRequest request) {
        ComponentNames names = request.enrichment().names();
        Convention convention = request.enrichment().convention();
        if (!standardBodies(convention)) {
            return generic(document, request, convention);
        }
        String errorModel = modelName(names.errorSchema(), "errorSchemaName", convention);
        String validationErrorModel = modelName(names.validationErrorSchema(), "validationErrorSchemaName", convention);
        if (errorModel.equalsIgnoreCase(validationErrorModel)) {
            throw new ApiErrorsException("errorSchemaName '" + names.errorSchema() + "' and validationErrorSchemaName '"
                    + names.validationErrorSchema() + "' give Java classes named alike (" + errorModel + ", "
                    + validationErrorModel + "), which clash on a case-insensitive file system: choose names that"
                    + " differ by more than case or punctuation");
        }
        List<SourcesView.Status> statuses = new ArrayList<>();
        List<Convention.Status> all = convention.statuses();
        for (int i = 0; i < all.size(); i++) {
            Convention.Status status = all.get(i);
            boolean validation = status.body().equals(ComponentNames.DEFAULT_VALIDATION_ERROR_SCHEMA);
            statuses.add(new SourcesView.Status(status.constantName(), status.code(), JavaText.literal(status.reason()),
                    JavaText.javadoc(status.reason()), JavaText.javadoc(status.description()),
                    status.retry().retryable(), status.retry().escalate(), validation, exceptionName(status),
                    validation ? validationErrorModel : errorModel, i == all.size() - 1));
        }
        List<SourcesView.Operation> operations = OperationCatalog.operations(document);
        Framework framework = request.framework();
        return new SourcesView(request.basePackage(), JavaText.javadoc(info(document, "title")),
                JavaText.javadoc(info(document, "version")), framework == Framework.SPRING,
                framework == Framework.JAXRS, framework == Framework.NONE, framework != Framework.NONE,
                errorModel, validationErrorModel, REQUEST_ID_HEADER, statuses, operations,
                OperationCatalog.chunks(operations), true, JavaText.literal(convention.mediaType()), List.of());
    }

    /**
     * The body types the sources of {@code request} hold, named as in {@link #build}: computed from
     * the convention and the names alone, without the description.
     */
    static ModelMappings mappings(GenerationRequest request) {
        ComponentNames names = request.enrichment().names();
        Convention convention = request.enrichment().convention();
        String prefix = request.basePackage() + ".";
        if (!standardBodies(convention)) {
            return new ModelMappings(bodies(request, convention).mappings(request.basePackage()));
        }
        return new ModelMappings(List.of(
                new ModelMappings.Mapping(names.errorSchema(),
                        prefix + modelName(names.errorSchema(), "errorSchemaName", convention)),
                new ModelMappings.Mapping(names.validationErrorSchema(),
                        prefix + modelName(names.validationErrorSchema(), "validationErrorSchemaName", convention)),
                // the inline items of the validation body's "detail", as OpenAPI Generator names them
                new ModelMappings.Mapping(names.validationErrorSchema() + "_detail_inner",
                        prefix + "ValidationDetail")));
    }

    private static ConventionBodies bodies(GenerationRequest request, Convention convention) {
        Set<String> taken = new HashSet<>(JavaTemplates.COMMON_TYPES);
        taken.addAll(JavaTemplates.SPRING_TYPES);
        taken.addAll(JavaTemplates.JAXRS_TYPES);
        taken.addAll(JavaTemplates.CLIENT_TYPES);
        taken.addAll(USED_NAMES);
        convention.statuses().forEach(status -> taken.add(exceptionName(status)));
        return ConventionBodies.of(convention, request.enrichment().names(), taken);
    }

    /** The view of a convention with bodies of its own: records generated from its body schemas. */
    private static SourcesView generic(ObjectNode document, GenerationRequest request, Convention convention) {
        List<Convention.Status> all = convention.statuses();
        ConventionBodies bodies = bodies(request, convention);
        List<SourcesView.Status> statuses = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Convention.Status status = all.get(i);
            statuses.add(new SourcesView.Status(status.constantName(), status.code(), JavaText.literal(status.reason()),
                    JavaText.javadoc(status.reason()), JavaText.javadoc(status.description()),
                    status.retry().retryable(), status.retry().escalate(), false, exceptionName(status),
                    bodies.typeOf(status.body()), i == all.size() - 1));
        }
        List<SourcesView.Operation> operations = OperationCatalog.operations(document);
        Framework framework = request.framework();
        return new SourcesView(request.basePackage(), JavaText.javadoc(info(document, "title")),
                JavaText.javadoc(info(document, "version")), framework == Framework.SPRING,
                framework == Framework.JAXRS, framework == Framework.NONE, framework != Framework.NONE,
                null, null, REQUEST_ID_HEADER, statuses, operations, OperationCatalog.chunks(operations), false,
                JavaText.literal(convention.mediaType()), bodies.records());
    }

    /** The exception of a status: the name the convention gives, or one made from the reason. */
    static String exceptionName(Convention.Status status) {
        return status.exception() != null ? status.exception() : JavaNames.toModelName(status.pascalName()) + "Exception";
    }

    /**
     * Whether the statuses use only the two bodies of the standard convention, as it defines them,
     * with its media type, and include its statuses: those have hand-written templates (and
     * handlers that fill in where a request was invalid), which name its statuses.
     */
    private static boolean standardBodies(Convention convention) {
        Convention standard = ConventionReader.preset(Convention.STANDARD);
        if (!standard.mediaType().equals(convention.mediaType())) {
            return false;
        }
        for (Convention.Status own : standard.statuses()) {
            Convention.Status status = convention.status(own.code());
            if (status == null || !status.constantName().equals(own.constantName())
                    || !status.body().equals(own.body())) {
                return false;
            }
        }
        for (Convention.Status status : convention.statuses()) {
            if (!standard.bodies().containsKey(status.body())
                    || !standard.bodies().get(status.body()).equals(convention.bodies().get(status.body()))) {
                return false;
            }
        }
        return true;
    }

    /** OpenAPI Generator's class name for one of the body schemas, checked against the other types. */
    private static String modelName(String schemaName, String parameter, Convention convention) {
        String name = JavaNames.toModelName(schemaName);
        Set<String> taken = new HashSet<>();
        JavaTemplates.COMMON_TYPES.forEach(type -> taken.add(type.toLowerCase(Locale.ROOT)));
        JavaTemplates.SPRING_TYPES.forEach(type -> taken.add(type.toLowerCase(Locale.ROOT)));
        JavaTemplates.JAXRS_TYPES.forEach(type -> taken.add(type.toLowerCase(Locale.ROOT)));
        JavaTemplates.CLIENT_TYPES.forEach(type -> taken.add(type.toLowerCase(Locale.ROOT)));
        for (Convention.Status status : convention.statuses()) {
            taken.add(exceptionName(status).toLowerCase(Locale.ROOT));
        }
        if (name.isEmpty() || taken.contains(name.toLowerCase(Locale.ROOT)) || USED_NAMES.contains(name)
                || isJavaLang(name)) {
            throw new ApiErrorsException(parameter + " '" + schemaName + "' gives the Java class name '" + name
                    + "', which the generated sources already use for something else: choose another " + parameter);
        }
        return name;
    }

    private static boolean isJavaLang(String name) {
        try {
            Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String info(ObjectNode document, String field) {
        JsonNode info = document.get("info");
        JsonNode value = info == null ? null : info.get(field);
        return value != null && value.isValueNode() ? value.asText() : "";
    }
}
