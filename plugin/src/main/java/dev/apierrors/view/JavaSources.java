package dev.apierrors.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.render.GeneratedFiles;

/** Renders the Java error types and handlers of an enriched description. */
public final class JavaSources {

    /** The sources for {@code request.framework()}, in {@code request.basePackage()}. */
    public GeneratedFiles generate(ObjectNode enrichedDocument, GenerationRequest request) {
        return new GeneratedFiles();
    }
}
