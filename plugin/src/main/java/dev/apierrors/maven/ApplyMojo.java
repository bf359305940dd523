package dev.apierrors.maven;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.core.DescriptionApplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.nio.file.Path;

/**
 * Writes the error responses and components that the goal {@code generate} would add into the
 * OpenAPI description's own files, in place: each operation's responses into the file that holds
 * the operation, the shared components into the main file. Only text is inserted; comments,
 * formatting and key order stay. All files are written or none; a second run changes nothing.
 * Run it from the command line ({@code mvn api-errors:apply}) and commit the result.
 *
 * @since 0.1.0
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends AbstractEnrichmentMojo {

    /**
     * Where the definitions of the added components (the error bodies and responses) go, instead
     * of the main file's {@code components}: a YAML or JSON file, created when it does not exist.
     * The main file's {@code components} then only refer to them there, by relative {@code $ref},
     * so that every reference of the description keeps naming the main file's components. A path
     * relative to the project folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.componentsFile")
    private File componentsFile;

    /** Told about the files written, so that an IDE sees them change. */
    @Component
    private BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("api-errors: skipped (api-errors.skip)");
            return;
        }
        try {
            DescriptionApplier.ApplyResult result = new DescriptionApplier().apply(descriptionRequest(),
                    componentsFile == null ? null : componentsFile.toPath(), new MavenBuildLog(getLog()));
            for (Path file : result.files()) {
                buildContext.refresh(file.toFile());
            }
        } catch (ApiErrorsException e) {
            throw new MojoFailureException(e.getMessage(), FailureCause.of(e));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("api-errors: unexpected failure: " + e, e);
        }
    }
}
