package dev.apierrors.maven;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.core.DescriptionChecker;
import dev.apierrors.core.DescriptionRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the OpenAPI description lacks an error response or a component that the
 * goal {@code generate} would add: one line for each, at the place in the author's files where it
 * belongs. Changes nothing; the goal {@code apply} adds what is missing.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractEnrichmentMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("api-errors: skipped (api-errors.skip)");
            return;
        }
        DescriptionChecker.CheckResult result;
        try {
            result = new DescriptionChecker().check(descriptionRequest(), new MavenBuildLog(getLog()));
        } catch (ApiErrorsException e) {
            throw new MojoFailureException(e.getMessage(), FailureCause.of(e));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("api-errors: unexpected failure: " + e, e);
        }
        if (result.complete()) {
            getLog().info("api-errors: the description has every error response of the convention");
            return;
        }
        result.report().forEach(getLog()::error);
        throw new MojoFailureException("api-errors: " + result.summary());
    }
}
