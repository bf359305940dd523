package dev.apierrors.enrich;

import dev.apierrors.convention.Convention;

import java.util.Set;

/** Only the codes the build configuration names. */
final class ConfiguredCodesRule implements ResponseRule {

    private final Set<Integer> codes;

    ConfiguredCodesRule(Set<Integer> codes) {
        this.codes = codes;
    }

    @Override
    public boolean allows(Convention.Status error, OperationFacts operation) {
        return codes.contains(error.code());
    }
}
