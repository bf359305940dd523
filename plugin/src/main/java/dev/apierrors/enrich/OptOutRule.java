package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.shared.ApiErrorsException;

/**
 * The author's word in the description: {@code x-api-errors: false} keeps all additions off an
 * operation, {@code x-api-errors: {exclude: [409]}} some of them. On the operation it replaces
 * what the same extension at the document root says for all operations.
 */
final class OptOutRule implements ResponseRule {

    static final String EXTENSION = "x-api-errors";

    @Override
    public boolean allows(Convention.Status error, OperationFacts facts) {
        JsonNode own = facts.operation().operation().get(EXTENSION);
        if (own != null) {
            return allows(error, own, facts.operation().pointer().substring(1) + "/" + EXTENSION);
        }
        JsonNode global = facts.root().get(EXTENSION);
        return global == null || allows(error, global, EXTENSION);
    }

    private static boolean allows(Convention.Status error, JsonNode setting, String where) {
        if (setting.isBoolean()) {
            return setting.booleanValue();
        }
        if (setting.isObject()) {
            JsonNode exclude = setting.get("exclude");
            if (exclude == null) {
                return true;
            }
            if (!exclude.isArray()) {
                throw invalid(where);
            }
            for (JsonNode code : exclude) {
                if (!code.isIntegralNumber() && !code.isTextual()) {
                    throw invalid(where);
                }
                if (code.asText().trim().equals(error.codeText())) {
                    return false;
                }
            }
            return true;
        }
        throw invalid(where);
    }

    private static ApiErrorsException invalid(String where) {
        return new ApiErrorsException("'" + where.replace('/', '.') + "' must be true, false or {exclude: [codes]}");
    }
}
