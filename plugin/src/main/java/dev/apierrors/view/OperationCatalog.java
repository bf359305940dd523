package dev.apierrors.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.document.Operation;
import dev.apierrors.document.OperationWalker;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The operations of the enriched description with the error statuses each can return. */
final class OperationCatalog {

    /** Operations per generated method: keeps each method far below the JVM's 64 KiB of code. */
    static final int CHUNK = 200;

    private static final Pattern ERROR_STATUS = Pattern.compile("[45]([0-9][0-9]|XX)");

    /** Names the generated catalog class itself uses, and those of {@code Object}. */
    private static final List<String> TAKEN = List.of("all", "find", "operation", "getClass", "hashCode",
            "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    private OperationCatalog() {
    }

    static List<SourcesView.Operation> operations(ObjectNode document) {
        List<Operation> operations = OperationWalker.operations(document);
        UniqueNames names = new UniqueNames(TAKEN);
        List<SourcesView.Operation> views = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            String id = operation.operationId();
            String methodName = names.claim(JavaNames.operationMethod(id, operation.method(), operation.path()));
            String statuses = errorStatuses(operation).stream().map(JavaText::literal)
                    .collect(Collectors.joining(", "));
            JsonNode summary = operation.operation().get("summary");
            views.add(new SourcesView.Operation(i, methodName, JavaText.literal(id),
                    JavaText.literal(operation.method().toUpperCase(Locale.ROOT)), JavaText.literal(operation.path()),
                    statuses, JavaText.javadoc(operation.label()),
                    summary != null && summary.isTextual() ? JavaText.javadoc(summary.asText()) : "",
                    i == operations.size() - 1));
        }
        return views;
    }

    static List<SourcesView.OperationChunk> chunks(List<SourcesView.Operation> operations) {
        List<SourcesView.OperationChunk> chunks = new ArrayList<>();
        for (int from = 0; from < operations.size(); from += CHUNK) {
            List<SourcesView.Operation> part = new ArrayList<>(operations.subList(from,
                    Math.min(from + CHUNK, operations.size())));
            SourcesView.Operation lastOne = part.get(part.size() - 1);
            part.set(part.size() - 1, new SourcesView.Operation(lastOne.index(), lastOne.methodName(),
                    lastOne.idLiteral(), lastOne.methodLiteral(), lastOne.pathLiteral(), lastOne.statusesLiteral(),
                    lastOne.labelJavadoc(), lastOne.summaryJavadoc(), true));
            chunks.add(new SourcesView.OperationChunk(chunks.size(), part));
        }
        return chunks;
    }

    /**
     * The response keys that are error statuses: 4xx and 5xx codes and the ranges {@code 4XX},
     * {@code 5XX}, in sorted order. {@code default} is not one: it may describe success.
     */
    static Set<String> errorStatuses(Operation operation) {
        Set<String> statuses = new TreeSet<>();
        JsonNode responses = operation.operation().get("responses");
        if (responses != null && responses.isObject()) {
            Iterator<String> keys = responses.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next().trim();
                // Most keys are other statuses (200, 201...): only a 4 or 5 and two more is looked at closer.
                if (key.length() == 3 && (key.charAt(0) == '4' || key.charAt(0) == '5')) {
                    String status = key.toUpperCase(Locale.ROOT);
                    if (ERROR_STATUS.matcher(status).matches()) {
                        statuses.add(status);
                    }
                }
            }
        }
        return statuses;
    }
}
