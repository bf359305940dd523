package dev.apierrors.enrich;

import dev.apierrors.convention.Convention;

/** One reason an operation gets, or does not get, one of the convention's error responses. */
interface ResponseRule {

    /** False when this rule keeps {@code error} off the operation. */
    boolean allows(Convention.Status error, OperationFacts operation);
}
