package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.core.ApiErrorsException;
import dev.apierrors.document.Operation;
import dev.apierrors.document.OperationWalker;

import java.util.ArrayList;
import java.util.List;

/**
 * The product's core rule: every operation gets a response for each error code of the convention it may
 * return, unless its author already declared that code or a range covering it. A pure step on
 * the document tree (no I/O); it adds and never changes what the author wrote. It edits the given
 * tree in place rather than a copy, because descriptions can be large.
 */
public final class Enricher {

    private final EnrichmentOptions options;
    private final ErrorComponents components;
    private final List<ResponseRule> rules = new ArrayList<>();

    public Enricher(EnrichmentOptions options) {
        this.options = options;
        this.components = new ErrorComponents(options.convention(), options.names());
        rules.add(new ConfiguredCodesRule(options.codes()));
        rules.add(new OptOutRule());
        if (options.applicability() == Applicability.SMART) {
            rules.add(new SmartApplicabilityRule());
        }
    }

    public EnrichmentReport enrich(ObjectNode document) {
        components.addTo(document, options.codes());
        int operations = 0;
        int added = 0;
        int declared = 0;
        for (Operation operation : OperationWalker.operations(document)) {
            operations++;
            OperationFacts facts = new OperationFacts(document, operation);
            ObjectNode responses = null;
            for (Convention.Status error : options.convention().statuses()) {
                if (!allowed(error, facts)) {
                    continue;
                }
                if (facts.declares(error)) {
                    declared++;
                    continue;
                }
                if (responses == null) {
                    responses = responses(operation);
                }
                responses.putObject(error.codeText()).put("$ref", components.responseRef(error));
                added++;
            }
        }
        return new EnrichmentReport(operations, added, declared);
    }

    private boolean allowed(Convention.Status error, OperationFacts facts) {
        for (ResponseRule rule : rules) {
            if (!rule.allows(error, facts)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode responses(Operation operation) {
        JsonNode responses = operation.operation().get("responses");
        if (responses == null || responses.isNull()) {
            return operation.operation().putObject("responses");
        }
        if (!responses.isObject()) {
            throw new ApiErrorsException("'" + operation.pointer().substring(1).replace('/', '.')
                    + ".responses' must be a mapping of status codes to responses");
        }
        return (ObjectNode) responses;
    }
}
