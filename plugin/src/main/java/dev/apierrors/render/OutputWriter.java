package dev.apierrors.render;

import dev.apierrors.core.ApiErrorsException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Puts one run's outputs in place: the enriched description and the Java sources. */
public final class OutputWriter {

    public void write(Path enrichedSpec, byte[] enriched, Path outputDirectory, GeneratedFiles sources) {
        try {
            for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
                AtomicFiles.write(outputDirectory.resolve(file.getKey()), file.getValue());
            }
            AtomicFiles.write(enrichedSpec, enriched);
        } catch (IOException e) {
            throw new ApiErrorsException("cannot write the outputs: " + e.getMessage(), e);
        }
    }
}
