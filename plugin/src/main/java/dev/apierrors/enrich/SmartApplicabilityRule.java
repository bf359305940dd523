package dev.apierrors.enrich;

import dev.apierrors.convention.Convention;

import java.util.Set;

/**
 * In {@link Applicability#SMART} mode, each code only where it can happen: 401/403 where a
 * security requirement applies, 404 where the path has a path parameter, 409 on methods that
 * change state, 400/422 where the client sends parameters or a body; any other code (500, 429,
 * 503...) everywhere.
 */
final class SmartApplicabilityRule implements ResponseRule {

    private static final Set<String> MUTATING = Set.of("post", "put", "patch", "delete");

    @Override
    public boolean allows(Convention.Status error, OperationFacts operation) {
        switch (error.code()) {
            case 401:
            case 403:
                return operation.secured();
            case 404:
                return operation.hasPathParameter();
            case 409:
                return MUTATING.contains(operation.method());
            case 400:
            case 422:
                return operation.hasInput();
            default:
                return true;
        }
    }
}
