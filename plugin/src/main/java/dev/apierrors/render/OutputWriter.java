package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts one run's outputs in place: the enriched description and the Java sources. Every new
 * content is first written beside its target; only when all of them are written are they moved
 * into place, so a failure while writing (a full disk, a folder that cannot be created) leaves the
 * previous outputs as they were and no temporary file behind.
 */
public final class OutputWriter {

    public void write(Path enrichedSpec, byte[] enriched, Path outputDirectory, GeneratedFiles sources) {
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        try {
            try {
                for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
                    stage(staged, outputDirectory.resolve(file.getKey()), file.getValue());
                }
                stage(staged, enrichedSpec, enriched);
                for (AtomicFiles.Staged file : staged) {
                    AtomicFiles.commit(file);
                }
            } finally {
                for (AtomicFiles.Staged file : staged) {
                    AtomicFiles.discard(file);
                }
            }
        } catch (IOException e) {
            throw new ApiErrorsException("cannot write the outputs: " + e.getMessage(), e);
        }
    }

    private static void stage(List<AtomicFiles.Staged> staged, Path target, byte[] content) throws IOException {
        AtomicFiles.Staged file = AtomicFiles.stage(target, content);
        if (file != null) {
            staged.add(file);
        }
    }
}
