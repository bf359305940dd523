package dev.apierrors.load;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Supplier;

/**
 * A description read and bundled into one self-contained OpenAPI 3.x tree, before Swagger Parser's
 * check. The check only reads the tree, and additions that are themselves valid OpenAPI (such as
 * the enrichment's) do not change what it reports; so a caller may add to the tree first and run
 * the check while other readers of the finished tree, on other threads, do their work.
 */
public final class BundledSpec {

    private final ObjectNode document;
    private final SpecVersion version;
    private final List<LoadedSpec.SourceFile> sources;
    private final Supplier<List<String>> check;
    private final AuthorText authorText;

    BundledSpec(ObjectNode document, SpecVersion version, List<LoadedSpec.SourceFile> sources,
                Supplier<List<String>> check, AuthorText authorText) {
        this.document = document;
        this.version = version;
        this.sources = List.copyOf(sources);
        this.check = check;
        this.authorText = authorText;
    }

    public SpecVersion version() {
        return version;
    }

    /** The main file as written; null when the tree is not the author's (Swagger 2.0, converted). */
    public AuthorText authorText() {
        return authorText;
    }

    public ObjectNode document() {
        return document;
    }

    /** Every file the description was read from, the main file first. */
    public List<LoadedSpec.SourceFile> sources() {
        return sources;
    }

    public SpecResource mainResource() {
        return sources.get(0).resource();
    }

    /**
     * Has Swagger Parser check the tree (as it is now) and returns the description with its remarks;
     * fails as {@link SpecLoader#load} fails on a description Swagger Parser cannot use.
     */
    public LoadedSpec check() {
        return new LoadedSpec(document, version, sources, check.get());
    }
}
