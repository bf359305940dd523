package dev.apierrors.enrich;

import dev.apierrors.convention.StandardError;

import java.util.Set;

/**
 * In {@link Applicability#SMART} mode, each code only where it can happen: 401/403 where a
 * security requirement applies, 404 where the path has a path parameter, 409 on methods that
 * change state, 400/422 where the client sends parameters or a body; 500 always.
 */
final class SmartApplicabilityRule implements ResponseRule {

    private static final Set<String> MUTATING = Set.of("post", "put", "patch", "delete");

    @Override
    public boolean allows(StandardError error, OperationFacts operation) {
        switch (error) {
            case UNAUTHORIZED:
            case FORBIDDEN:
                return operation.secured();
            case NOT_FOUND:
                return operation.hasPathParameter();
            case BUSINESS_LOGIC_ERROR:
                return MUTATING.contains(operation.method());
            case BAD_REQUEST:
            case VALIDATION_ERROR:
                return operation.hasInput();
            case INTERNAL_SERVER_ERROR:
                return true;
            default:
                throw new IllegalStateException(error.name());
        }
    }
}
