package dev.apierrors.enrich;

import dev.apierrors.convention.StandardError;

/** One reason an operation gets, or does not get, one of the standard error responses. */
interface ResponseRule {

    /** False when this rule keeps {@code error} off the operation. */
    boolean allows(StandardError error, OperationFacts operation);
}
