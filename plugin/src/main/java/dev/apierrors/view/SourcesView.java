package dev.apierrors.view;

import java.util.List;

/**
 * What every template gets (docs/templates.md). Text that comes from the description is
 * already escaped: {@code ...Javadoc} values for comments, {@code ...Literal} values as complete
 * Java string literals.
 *
 * @param packageName          the package of the generated sources
 * @param apiTitle             the description's {@code info.title}, for comments
 * @param apiVersion           the description's {@code info.version}, for comments
 * @param spring               the framework is Spring
 * @param jaxrs                the framework is Jakarta REST
 * @param plain                no framework: plain Java
 * @param jackson              the models carry Jackson annotations (Spring and Jakarta REST)
 * @param errorModel           class name of the general error body
 * @param validationErrorModel class name of the validation error body
 * @param requestIdHeader      the request header whose value becomes {@code request_id}
 * @param statuses             the seven error statuses of the convention
 * @param operations           every operation of the enriched description, with its error statuses
 * @param operationChunks      the operations in groups small enough for one Java method each
 * @param standardBodies       the convention's statuses use the two bodies of the standard convention, which
 *                             have templates of their own; otherwise {@code bodies} are generated
 * @param mediaTypeLiteral     the convention's media type as a Java string literal
 * @param bodies               the records of the convention's bodies and of the objects nested in them
 *                             (without {@code standardBodies})
 */
public record SourcesView(String packageName, String apiTitle, String apiVersion, boolean spring, boolean jaxrs,
                          boolean plain, boolean jackson, String errorModel, String validationErrorModel,
                          String requestIdHeader, List<Status> statuses, List<Operation> operations,
                          List<OperationChunk> operationChunks, boolean standardBodies, String mediaTypeLiteral,
                          List<Body> bodies) {

    /**
     * A record generated from a body schema of the convention.
     *
     * @param type               its class name
     * @param descriptionJavadoc the schema's description, for comments
     * @param body               a body of the convention (with {@code of(status, message)}), not an object nested in one
     * @param fields             its components, one per property
     * @param empty              it has no components
     */
    public record Body(String type, String descriptionJavadoc, boolean body, List<Field> fields, boolean empty) {
    }

    /**
     * One property of a body.
     *
     * @param name               the record component
     * @param jsonLiteral        the JSON member's name as a Java string literal
     * @param jsonJavadoc        the JSON member's name, for comments
     * @param descriptionJavadoc the property's description, for comments
     * @param type               its Java type
     * @param fromJson           the expression that reads it from {@code json}, a {@code Map} of the parsed body
     * @param fill               the expression {@code of(status, message)} gives it: from the status or the
     *                           message where its name says which, else its default or null
     * @param last               the last of the list, for separators
     */
    public record Field(String name, String jsonLiteral, String jsonJavadoc, String descriptionJavadoc, String type,
                        String fromJson, String fill, boolean last) {
    }

    /**
     * One error status of the convention.
     *
     * @param constant       the enum constant, e.g. {@code NOT_FOUND}
     * @param code           the HTTP status code
     * @param reasonLiteral  the reason as a Java string literal
     * @param reasonJavadoc  the reason for comments
     * @param meaningJavadoc what the status means, for comments
     * @param retryable      whether the same request may succeed later
     * @param escalate       whether the error is the server's, to be escalated
     * @param validationBody the status has the validation body (400, 422)
     * @param exception      the exception's class name, e.g. {@code NotFoundException}
     * @param bodyType       the class name of its body
     * @param last           the last of the list, for separators
     */
    public record Status(String constant, int code, String reasonLiteral, String reasonJavadoc,
                         String meaningJavadoc, boolean retryable, boolean escalate, boolean validationBody,
                         String exception, String bodyType, boolean last) {
    }

    /**
     * One operation and the error statuses it can return.
     *
     * @param index           its position in {@link #operations()}
     * @param methodName      its Java name: OpenAPI Generator's method name, made distinct
     * @param idLiteral       its operationId as a Java string literal, or {@code null}
     * @param methodLiteral   its HTTP method, upper case, as a Java string literal
     * @param pathLiteral     its path (or webhook name, or callback expression) as a Java string literal
     * @param statusesLiteral its error statuses ({@code "404"}, {@code "4XX"}) as Java string literals
     *                        separated by commas
     * @param labelJavadoc    {@code GET /path}, for comments
     * @param summaryJavadoc  its summary, for comments; empty when it has none
     * @param last            the last of its list, for separators
     */
    public record Operation(int index, String methodName, String idLiteral, String methodLiteral, String pathLiteral,
                            String statusesLiteral, String labelJavadoc, String summaryJavadoc, boolean last) {
    }

    /**
     * A group of operations.
     *
     * @param index      its position
     * @param operations its operations, {@code last} set on the last of the group
     */
    public record OperationChunk(int index, List<Operation> operations) {
    }
}
