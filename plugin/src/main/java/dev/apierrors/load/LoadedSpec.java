package dev.apierrors.load;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A description ready for enrichment: one self-contained OpenAPI 3.x tree (the author's own, with
 * other files bundled in), the version it was written in, every file it was made of with its
 * digest, and Swagger Parser's remarks that did not make it unusable.
 */
public record LoadedSpec(ObjectNode document, SpecVersion version, List<SourceFile> sources, List<String> warnings) {

    /** One file the description was read from. */
    public record SourceFile(SpecResource resource, String sha256) {
    }

    public LoadedSpec {
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    public SpecResource mainResource() {
        return sources.get(0).resource();
    }
}
