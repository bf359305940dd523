package dev.apierrors.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.shared.ApiErrorsException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The files a description's {@code $ref}s lead to, and what the references name in them: each file
 * is read once, when a reference first leads to it; a reference is located (its file and JSON
 * pointer) and resolved; a chain of references must end, never loop; and the copies a join makes
 * of the files' content stay within a budget, so that references cannot blow the description up.
 * The joining itself, which rewrites the main file's tree, is {@link RefBundler}'s.
 */
final class ReferencedFiles {

    private static final int MAX_CHAIN = 64;
    /** Path items copied in place may repeat their files a few times over, not without end. */
    private static final int COPY_FACTOR = 4;
    private static final int COPY_ALLOWANCE = 100_000;

    /** What one reference names: a place in a file. */
    record Target(SpecResource resource, String pointer) {
        String key() {
            return resource.key() + "#" + pointer;
        }

        String display() {
            return resource.displayName() + "#" + pointer;
        }
    }

    private final DocumentReader reader;
    private final SpecResource rootResource;
    private final JsonNode root;
    /** Where in the description the join is, for messages. */
    private final Supplier<String> where;
    private final Map<String, DocumentReader.Read> files = new LinkedHashMap<>();
    private long nodesInFiles = -1;
    private long nodesCopied;

    ReferencedFiles(DocumentReader reader, DocumentReader.Read rootRead, Supplier<String> where) {
        this.reader = reader;
        this.rootResource = rootRead.resource();
        this.root = rootRead.tree();
        this.where = where;
        files.put(rootResource.key(), rootRead);
    }

    /** Every file read, the main file first. */
    List<DocumentReader.Read> all() {
        return List.copyOf(files.values());
    }

    /** Whether a file besides the main one was read. */
    boolean several() {
        return files.size() > 1;
    }

    /** The file and pointer {@code ref}, written in {@code from} at {@code where}, names. */
    static Target locate(String ref, SpecResource from, String where) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment;
        try {
            fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiErrorsException(from.displayName() + ": $ref '" + ref + "' at " + where
                    + " has a broken %-escape: " + e.getMessage(), e);
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw new ApiErrorsException(from.displayName() + ": $ref '" + ref + "' at " + where
                    + " is not a JSON pointer (expected '#/...')");
        }
        SpecResource resource;
        try {
            resource = filePart.isEmpty() ? from : from.resolve(filePart);
        } catch (ApiErrorsException | IllegalArgumentException e) {
            throw new ApiErrorsException(from.displayName() + ": $ref '" + ref + "' at " + where + ": "
                    + e.getMessage(), e);
        }
        return new Target(resource, fragment);
    }

    /** What the target names, read from its file (the first time a reference leads there). */
    JsonNode resolve(Target target) {
        JsonNode document = file(target.resource()).tree();
        JsonNode node = target.pointer().isEmpty() ? document : document.at(JsonPointer.compile(target.pointer()));
        if (node.isMissingNode()) {
            throw new ApiErrorsException("unresolved $ref at " + where.get() + ": " + target.resource().displayName()
                    + " has nothing at '" + target.pointer() + "'");
        }
        return node;
    }

    private DocumentReader.Read file(SpecResource resource) {
        DocumentReader.Read read = files.get(resource.key());
        if (read == null) {
            try {
                read = reader.read(resource);
            } catch (ApiErrorsException e) {
                throw new ApiErrorsException(e.getMessage() + " (referenced at " + where.get() + " of "
                        + rootResource.displayName() + ")", e);
            }
            files.put(resource.key(), read);
            if (nodesInFiles < 0) {
                // Counted when a second file joins, before anything is copied from it: only then is
                // there a copy budget to keep, and a description in one file is not walked for it.
                nodesInFiles = TreeShape.of(root).nodes();
            }
            nodesInFiles += TreeShape.of(read.tree()).nodes();
        }
        return read;
    }

    /**
     * Counts {@code content}, about to be copied in place of a reference to {@code target}, against
     * the budget of copies: a few times the size of the files.
     */
    void copying(JsonNode content, Target target) {
        nodesCopied += TreeShape.of(content).nodes();
        if (nodesCopied > COPY_FACTOR * nodesInFiles + COPY_ALLOWANCE) {
            throw new ApiErrorsException(rootResource.displayName() + ": the $refs between files copy the same"
                    + " objects so often that the joined description would be far larger than its files (at "
                    + where.get() + ", $ref to " + target.display() + "); refusing to join them");
        }
    }

    /** A reference whose target is itself only a reference, and so on, must end somewhere. */
    void checkChain(Target start) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> chain = new ArrayList<>();
        Target current = start;
        for (int hops = 0; hops < MAX_CHAIN; hops++) {
            if (!seen.add(current.key())) {
                throw cycle(chain, current);
            }
            chain.add(current.display());
            String next = pureRef(resolve(current));
            if (next == null) {
                return;
            }
            current = locate(next, current.resource(), current.display());
        }
        throw new ApiErrorsException("$ref chain longer than " + MAX_CHAIN + " at " + where.get());
    }

    /** The failure of references that lead back to where they started. */
    ApiErrorsException cycle(List<String> chain, Target back) {
        return new ApiErrorsException(rootResource.displayName() + ": $ref cycle at " + where.get()
                + ": the references lead back to where they started: " + String.join(" -> ", chain) + " -> "
                + back.display());
    }

    /** The reference of an object that is nothing but a reference, else null. */
    static String pureRef(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("$ref") && node.get("$ref").isTextual()) {
            return node.get("$ref").asText();
        }
        return null;
    }
}
