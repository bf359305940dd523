package dev.apierrors.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.shared.ApiErrorsException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a Swagger 2.0 description, which Swagger Parser converts and bundles itself: reads every file
 * the description references, with the reader's limits, and checks that every {@code $ref}
 * resolves and that no chain of references loops. Swagger Parser passes over such references in
 * silence; checked first, they fail with the file and the place of the reference, and the converter
 * only ever reads files already known to be good.
 */
final class ReferenceChecker {

    private static final int MAX_CHAIN = 64;

    /** Values that are the author's data, not part of the description's structure. */
    private static final Set<String> LITERAL_KEYS = Set.of("example", "examples", "default", "enum");

    private final DocumentReader reader;
    private final Map<String, DocumentReader.Read> files = new LinkedHashMap<>();

    ReferenceChecker(DocumentReader reader) {
        this.reader = reader;
    }

    private record Target(DocumentReader.Read file, String pointer, String ref) {
        String key() {
            return file.resource().key() + "#" + pointer;
        }

        String display() {
            return file.resource().displayName() + "#" + pointer;
        }
    }

    private record Pending(JsonNode node, String where) {
    }

    /** Checks the description and returns every file it is made of, the main file first. */
    List<DocumentReader.Read> check(DocumentReader.Read main) {
        files.put(main.resource().key(), main);
        Deque<DocumentReader.Read> unchecked = new ArrayDeque<>(List.of(main));
        while (!unchecked.isEmpty()) {
            DocumentReader.Read file = unchecked.removeFirst();
            int known = files.size();
            checkFile(file);
            List<DocumentReader.Read> all = new ArrayList<>(files.values());
            unchecked.addAll(all.subList(known, all.size()));
        }
        return List.copyOf(files.values());
    }

    private void checkFile(DocumentReader.Read file) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(file.tree(), ""));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            JsonNode node = next.node();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual()) {
                    checkReference(file, ref.asText(), where(next.where()));
                }
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String key = field.getKey();
                    if (!key.startsWith("x-") && !LITERAL_KEYS.contains(key) && field.getValue().isContainerNode()) {
                        pending.push(new Pending(field.getValue(), join(next.where(), key)));
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    if (node.get(i).isContainerNode()) {
                        pending.push(new Pending(node.get(i), join(next.where(), Integer.toString(i))));
                    }
                }
            }
        }
    }

    private void checkReference(DocumentReader.Read file, String ref, String where) {
        Target target = locate(file, ref, where);
        Set<String> chain = new LinkedHashSet<>();
        List<String> shown = new ArrayList<>();
        for (int hops = 0; hops < MAX_CHAIN; hops++) {
            shown.add(target.display());
            if (!chain.add(target.key())) {
                throw new ApiErrorsException(file.resource().displayName() + ": $ref cycle at " + where
                        + ": the references lead back to where they started: " + String.join(" -> ", shown));
            }
            JsonNode node = resolve(target, file, where);
            JsonNode next = node.isObject() && node.size() == 1 ? node.get("$ref") : null;
            if (next == null || !next.isTextual()) {
                return;
            }
            target = locate(target.file(), next.asText(), where);
        }
        throw new ApiErrorsException(file.resource().displayName() + ": $ref chain longer than " + MAX_CHAIN
                + " at " + where);
    }

    private Target locate(DocumentReader.Read from, String ref, String where) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw new ApiErrorsException(from.resource().displayName() + ": $ref '" + ref + "' at " + where
                    + " is not a JSON pointer (expected '#/...')");
        }
        if (filePart.isEmpty()) {
            return new Target(from, fragment, ref);
        }
        SpecResource resource;
        try {
            resource = from.resource().resolve(filePart);
        } catch (ApiErrorsException | IllegalArgumentException e) {
            throw new ApiErrorsException(from.resource().displayName() + ": $ref '" + ref + "' at " + where + ": "
                    + e.getMessage(), e);
        }
        DocumentReader.Read file = files.get(resource.key());
        if (file == null) {
            try {
                file = reader.read(resource);
            } catch (ApiErrorsException e) {
                throw new ApiErrorsException(e.getMessage() + " (referenced by $ref '" + ref + "' at " + where
                        + " in " + from.resource().displayName() + ")", e);
            }
            files.put(resource.key(), file);
        }
        return new Target(file, fragment, ref);
    }

    private static JsonNode resolve(Target target, DocumentReader.Read referrer, String where) {
        JsonNode node;
        try {
            node = target.pointer().isEmpty() ? target.file().tree()
                    : target.file().tree().at(JsonPointer.compile(target.pointer()));
        } catch (IllegalArgumentException e) {
            node = null;
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiErrorsException(referrer.resource().displayName() + ": unresolved $ref '" + target.ref()
                    + "' at " + where + ": " + target.file().resource().displayName() + " has nothing at '"
                    + target.pointer() + "'");
        }
        return node;
    }

    private static String join(String where, String key) {
        return where.isEmpty() ? key : where + "." + key;
    }

    private static String where(String where) {
        return where.isEmpty() ? "the document root" : where;
    }
}
