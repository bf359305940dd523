package dev.apierrors.convention;

/**
 * How the generated handlers fill one body of a convention (README, "Conventions", {@code fill}):
 * for each value they know, the member of the body it goes into, or null when the body has none.
 *
 * @param title       a text member that takes the status's reason (or the reason of the HTTP status
 *                    answered when it is not one of the convention's), e.g. {@code title}
 * @param message     a text member that takes what went wrong, in words for a person
 * @param status      an integer member that takes the HTTP status code
 * @param code        a text member that takes the status's constant, e.g. {@code NOT_FOUND}
 * @param requestId   a text member that takes the request's id (its request header, else a new UUID)
 * @param timestamp   a text member that takes the time the error was answered, ISO-8601 with offset
 * @param requestBody a member that takes the request body as received, when a problem is in it
 * @param problems    where the individual problems of an invalid request go, or null
 * @param guessed     the convention file says nothing of this body: the members were chosen by their
 *                    names (see {@link FillReader#guess})
 */
public record BodyFill(String title, String message, String status, String code, String requestId,
                       String timestamp, String requestBody, Problems problems, boolean guessed) {

    /** Whether the body lists the individual problems of an invalid request. */
    public boolean listsProblems() {
        return problems != null;
    }

    /**
     * Where the individual problems of an invalid request go: an array member of the body, one
     * object per problem, and the members of each object. A problem is somewhere in the request
     * (the body, a query, path or cookie parameter, a header); {@code location}, {@code pointer},
     * {@code parameter} and {@code header} say it in the ways conventions do.
     *
     * @param member    the array member of the body, e.g. {@code detail} or {@code errors}
     * @param location  an array-of-texts member: the part of the request, then the path to the value,
     *                  e.g. {@code ["body", "name"]}, {@code ["query", "q"]}
     * @param pointer   a text member: for a problem in the body, a JSON Pointer (RFC 6901) to the value,
     *                  e.g. {@code /items/0/name}; absent otherwise
     * @param parameter a text member: for a problem in a query, path or cookie parameter, its name
     * @param header    a text member: for a problem in a request header, its name
     * @param message   a text member: what is wrong with the value
     * @param type      a text member: the machine-readable kind of the problem, e.g. {@code value_error.missing}
     */
    public record Problems(String member, String location, String pointer, String parameter, String header,
                           String message, String type) {
    }
}
