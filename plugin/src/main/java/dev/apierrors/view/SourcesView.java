package dev.apierrors.view;

import java.util.List;

/**
 * What every template gets (README, "Templates"), the same for every convention. Text that comes
 * from the description or the convention is already escaped: {@code ...Javadoc} values for
 * comments, {@code ...Literal} values as complete Java string literals; values named
 * {@code ...Expression} are Java expressions the view wrote.
 *
 * @param packageName      the package of the generated sources
 * @param apiTitle         the description's {@code info.title}, for comments
 * @param apiVersion       the description's {@code info.version}, for comments
 * @param spring           the framework is Spring
 * @param jaxrs            the framework is Jakarta REST
 * @param plain            no framework: plain Java
 * @param jackson          the models carry Jackson annotations (Spring and Jakarta REST)
 * @param requestIdHeader  the request header whose value is the request id
 * @param requestIds       a body of the convention takes the request id: the handlers send it back in
 *                         {@code requestIdHeader}
 * @param statuses         the error statuses of the convention
 * @param operations       every operation of the enriched description, with its error statuses
 * @param operationChunks  the operations in groups small enough for one Java method each
 * @param mediaTypeLiteral the convention's media type as a Java string literal
 * @param bodies           the records of the convention's bodies and of the objects nested in them
 */
public record SourcesView(String packageName, String apiTitle, String apiVersion, boolean spring, boolean jaxrs,
                          boolean plain, boolean jackson, String requestIdHeader, boolean requestIds,
                          List<Status> statuses, List<Operation> operations, List<OperationChunk> operationChunks,
                          String mediaTypeLiteral, List<Body> bodies) {

    /**
     * A record generated from a body schema of the convention, or from an object nested in one.
     *
     * @param type                 its class name
     * @param descriptionJavadoc   the schema's description, for comments
     * @param body                 a body of the convention (with {@code compose}), not an object nested in one
     * @param fields               its components, one per property
     * @param empty                it has no components
     * @param headerEnd            what ends the record's header, {@code ") {"}, for a record without components
     * @param completes            it takes a request id or a timestamp, which {@code completed(requestId)}
     *                             fills in when missing
     * @param requestIdField       the component that takes the request id, or null
     * @param timestampField       the component that takes the timestamp, or null
     * @param completedArguments   the arguments of the constructor that {@code completed(requestId)} calls
     * @param listsProblems        a body that lists the individual problems of an invalid request
     * @param problemsExpression   for a body: the problems it lists as {@code List<ValidationDetail>},
     *                             of a body {@code b}
     * @param messageExpression    for a body with a message: the message of a body {@code b}; else null
     * @param problemItem          the record of one problem in a body's list: {@code fromProblem} and
     *                             {@code toProblem} convert it from and to {@code ValidationDetail}
     * @param toProblemExpression  for a problem item: the {@code ValidationDetail} it says
     */
    public record Body(String type, String descriptionJavadoc, boolean body, List<Field> fields, boolean empty,
                       String headerEnd, boolean completes, String requestIdField, String timestampField,
                       String completedArguments, boolean listsProblems,
                       String problemsExpression, String messageExpression, boolean problemItem,
                       String toProblemExpression) {
    }

    /**
     * One property of a record.
     *
     * @param name                the record component
     * @param jsonLiteral         the JSON member's name as a Java string literal
     * @param jsonJavadoc         the JSON member's name, for comments
     * @param descriptionJavadoc  the property's description, for comments
     * @param type                its Java type
     * @param optional            not required by the schema: left out of the JSON when null
     * @param fromJson            the expression that reads it from {@code json}, a {@code Map} of the parsed body
     * @param decoded             for a body: the same, with what a response without it implies of
     *                            {@code status} (its reason for the title, its code for the status, an
     *                            empty list for the problems)
     * @param fill                the expression {@code compose(status, code, title, message, problems,
     *                            requestBody, requestId)} gives it, as the convention's fill says; else its
     *                            default, an empty list for an array, or null
     * @param fromProblem         for a problem item: the expression it takes from {@code problem}, a
     *                            {@code ValidationDetail}
     * @param headerSeparator     what follows it in the record's header: {@code ","}, or {@code ") {"} for the last
     * @param last                the last of the list, for separators
     */
    public record Field(String name, String jsonLiteral, String jsonJavadoc, String descriptionJavadoc, String type,
                        boolean optional, String fromJson, String decoded, String fill, String fromProblem,
                        String headerSeparator, boolean last) {
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
     * @param validationBody its body lists the individual problems of an invalid request
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
