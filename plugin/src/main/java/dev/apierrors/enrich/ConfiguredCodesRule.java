package dev.apierrors.enrich;

import dev.apierrors.convention.StandardError;

import java.util.Set;

/** Only the codes the build configuration names. */
final class ConfiguredCodesRule implements ResponseRule {

    private final Set<StandardError> codes;

    ConfiguredCodesRule(Set<StandardError> codes) {
        this.codes = codes;
    }

    @Override
    public boolean allows(StandardError error, OperationFacts operation) {
        return codes.contains(error);
    }
}
