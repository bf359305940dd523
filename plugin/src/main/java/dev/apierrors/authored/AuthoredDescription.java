package dev.apierrors.authored;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.document.Pointers;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecResource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a description as their author wrote them, each on its own, and where a place of the
 * bundled document (a JSON pointer into the one tree the loader made of them) is written: in which
 * file, under which pointer of that file.
 */
public final class AuthoredDescription {

    private static final int MAX_HOPS = 64;

    private final Map<String, AuthoredFile> files;
    private final AuthoredFile main;

    private AuthoredDescription(Map<String, AuthoredFile> files) {
        this.files = files;
        this.main = files.values().iterator().next();
    }

    /** A place in one of the author's files. */
    public record Place(AuthoredFile file, String pointer, JsonNode node) {
    }

    /** Reads every file the loader read for the description, the main file first. */
    public static AuthoredDescription read(List<LoadedSpec.SourceFile> sources) {
        DocumentReader reader = new DocumentReader();
        Map<String, AuthoredFile> files = new LinkedHashMap<>();
        for (LoadedSpec.SourceFile source : sources) {
            SpecResource resource = source.resource();
            files.put(resource.key(), AuthoredFile.read(resource, reader));
        }
        AuthoredDescription description = new AuthoredDescription(files);
        if (description.main.tree().has("swagger")) {
            throw new ApiErrorsException(description.main.displayName() + ": a Swagger 2.0 description can only be"
                    + " enriched into a new file (goal generate): its error responses would have to be written"
                    + " in Swagger 2.0, while the plugin writes OpenAPI 3");
        }
        return description;
    }

    public AuthoredFile main() {
        return main;
    }

    /** The file of the description that {@code resource} is, or null when it is not one of them. */
    public AuthoredFile file(SpecResource resource) {
        return files.get(resource.key());
    }

    public List<AuthoredFile> files() {
        return new ArrayList<>(files.values());
    }

    /**
     * Where the bundled document's {@code pointer} is written, or null when it is not in the
     * author's files (something the loader or the enrichment made). The way down follows
     * {@code $ref}s, to other files and within one, as the bundler did; an entry written beside a
     * {@code $ref} is the author's own and wins, as it does in the bundled document.
     */
    public Place locate(String pointer) {
        AuthoredFile file = main;
        JsonNode node = file.tree();
        String at = "";
        for (JsonPointer rest = JsonPointer.compile(pointer); !rest.matches(); rest = rest.tail()) {
            String segment = rest.getMatchingProperty();
            for (int hops = 0; node.isObject() && !node.has(segment) && node.path("$ref").isTextual(); hops++) {
                if (hops == MAX_HOPS) {
                    return null;
                }
                Place target = follow(file, node.get("$ref").asText());
                if (target == null) {
                    return null;
                }
                file = target.file();
                node = target.node();
                at = target.pointer();
            }
            JsonNode child = node.isArray() ? node.path(rest.getMatchingIndex()) : node.path(segment);
            if (child.isMissingNode()) {
                return null;
            }
            node = child;
            at = at + "/" + Pointers.escape(segment);
        }
        return new Place(file, at, node);
    }

    private Place follow(AuthoredFile from, String ref) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        AuthoredFile target = filePart.isEmpty() ? from : files.get(from.resource().resolve(filePart).key());
        if (target == null || !(fragment.isEmpty() || fragment.startsWith("/"))) {
            return null;
        }
        JsonNode node = fragment.isEmpty() ? target.tree() : target.tree().at(JsonPointer.compile(fragment));
        return node.isMissingNode() ? null : new Place(target, fragment, node);
    }
}
