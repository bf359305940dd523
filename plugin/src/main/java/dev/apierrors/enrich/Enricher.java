package dev.apierrors.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.convention.Convention;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.document.DocumentStructure;
import dev.apierrors.document.Operation;
import dev.apierrors.document.OperationWalker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product's core rule: every operation gets a response for each error code of the convention it may
 * return, unless its author already declared that code or a range covering it. A pure step on
 * the document tree (no I/O); it adds and never changes what the author wrote. It edits the given
 * tree in place rather than a copy, because descriptions can be large, and reports each addition
 * with where it went ({@link EnrichmentReport#additions()}).
 */
public final class Enricher {

    /**
     * The keys of the mappings the enrichment adds to, besides the root's (components, its
     * responses and schemas, operations and their responses), and of the nulls it may make
     * mappings of: where to look in a text before the additions are known.
     */
    public static final Set<String> KEYS_ADDED_UNDER = keysAddedUnder();

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
        TreeAdditions additions = new TreeAdditions();
        // First what each operation lacks, then the components exactly those responses refer to
        // (a linter flags a component nothing refers to), then the responses themselves.
        List<Lacking> lacking = new ArrayList<>();
        Set<Integer> used = new TreeSet<>();
        int operations = 0;
        int declared = 0;
        for (Operation operation : OperationWalker.operations(document)) {
            operations++;
            OperationFacts facts = new OperationFacts(document, operation);
            List<Convention.Status> missing = new ArrayList<>();
            for (Convention.Status error : options.convention().statuses()) {
                if (!allowed(error, facts)) {
                    continue;
                }
                if (facts.declares(error)) {
                    declared++;
                } else {
                    missing.add(error);
                    used.add(error.code());
                }
            }
            if (!missing.isEmpty()) {
                lacking.add(new Lacking(operation, missing));
            }
        }
        if (!used.isEmpty()) {
            components.addTo(document, used, additions);
        }
        // One reference text per status, shared by every operation that gets it.
        Map<Convention.Status, String> refs = new HashMap<>();
        options.convention().statuses().forEach(status -> refs.put(status, components.responseRef(status)));
        int added = 0;
        for (Lacking entry : lacking) {
            Operation operation = entry.operation();
            ObjectNode responses = responses(operation, additions);
            String responsesPointer = operation.location() + "/responses";
            for (Convention.Status error : entry.statuses()) {
                ObjectNode response = JsonNodeFactory.instance.objectNode().put("$ref", refs.get(error));
                additions.put(responses, responsesPointer, error.codeText(), response);
                added++;
            }
        }
        return new EnrichmentReport(operations, added, declared, additions);
    }

    /** The statuses an operation gets. */
    private record Lacking(Operation operation, List<Convention.Status> statuses) {
    }

    private static Set<String> keysAddedUnder() {
        Set<String> keys = new HashSet<>(DocumentStructure.HTTP_METHODS);
        keys.addAll(List.of("components", "schemas", "responses"));
        return Set.copyOf(keys);
    }

    private boolean allowed(Convention.Status error, OperationFacts facts) {
        for (ResponseRule rule : rules) {
            if (!rule.allows(error, facts)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode responses(Operation operation, TreeAdditions additions) {
        JsonNode responses = operation.operation().get("responses");
        if (responses == null || responses.isNull()) {
            return additions.newMapping(operation.operation(), operation.location(), "responses");
        }
        if (!responses.isObject()) {
            throw new ApiErrorsException("'" + operation.pointer().substring(1).replace('/', '.')
                    + ".responses' must be a mapping of status codes to responses");
        }
        return (ObjectNode) responses;
    }
}
