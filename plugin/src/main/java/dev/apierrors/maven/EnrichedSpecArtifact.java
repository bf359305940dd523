package dev.apierrors.maven;

import dev.apierrors.shared.ApiErrorsException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The enriched description as a secondary artifact of the project. */
final class EnrichedSpecArtifact {

    static final String CLASSIFIER = "api-errors";

    private EnrichedSpecArtifact() {
    }

    static void attach(MavenProjectHelper helper, MavenProject project, Path enrichedSpec) {
        if (!Files.isRegularFile(enrichedSpec)) {
            throw new ApiErrorsException("cannot attach the enriched description: " + enrichedSpec + " does not exist");
        }
        helper.attachArtifact(project, type(enrichedSpec), CLASSIFIER, enrichedSpec.toFile());
    }

    /** The artifact type: the file's extension, lower case. */
    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "yaml" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
