package dev.apierrors.maven;

import dev.apierrors.convention.InvalidConventionException;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.core.ApiErrorsGenerator;
import dev.apierrors.view.Framework;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.render.SpecFormat;
import dev.apierrors.view.PackageNames;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Adds the standard error responses to every operation of an OpenAPI description, writes the
 * enriched description and generates the matching Java error types and handlers.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractEnrichmentMojo {

    /**
     * Where the enriched description is written, as one self-contained file. Its extension chooses
     * the format: {@code .yaml}/{@code .yml} for YAML, {@code .json} for JSON. Default:
     * {@code ${project.build.directory}/api-errors/openapi.json} when {@code inputSpec} ends in
     * {@code .json}, else {@code .../api-errors/openapi.yaml}: the format of the description, so
     * that the enriched description is the author's own text with the additions inserted. A format
     * other than the description's is written from the enriched tree, without the author's
     * comments and layout.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.enrichedSpec")
    private File enrichedSpec;

    /**
     * Where the Java sources are generated. Added to the project's compile source roots.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/api-errors")
    private File outputDirectory;

    /**
     * The package of the generated Java sources. Default: the project's groupId made a valid
     * package name, followed by {@code .apierrors}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.basePackage")
    private String basePackage;

    /**
     * The framework the generated handlers are written for: {@code spring} (Spring MVC),
     * {@code webflux} (Spring WebFlux), {@code jaxrs} (Jakarta REST) or {@code none} (plain Java:
     * only the error types and the client decoder).
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.framework", defaultValue = "none")
    private String framework;

    /**
     * A folder of Mustache templates; a template there replaces the default template of the same
     * name, the others stay the defaults.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.templateDirectory")
    private File templateDirectory;

    /**
     * Regenerates even when nothing changed since the last build. Without it the goal generates
     * only when the description or a file it references, the configuration, the templates or the
     * plugin changed, or when an output was deleted or edited.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.force", defaultValue = "false")
    private boolean force;

    /**
     * Attaches the enriched description to the project as a secondary artifact with classifier
     * {@code api-errors} and its extension as type ({@code yaml}, {@code yml} or {@code json}), so
     * that it is installed and deployed with the project and other builds can depend on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.attachEnrichedSpec", defaultValue = "false")
    private boolean attachEnrichedSpec;

    /**
     * This execution of the goal: its id names the folder of its incremental build state.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** What the IDE knows of changed files (Eclipse m2e); on the command line, nothing. */
    @Component
    private BuildContext buildContext;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("api-errors: skipped (api-errors.skip)");
            addCompileSourceRoot();
            return;
        }
        try {
            GenerationRequest request = request();
            new ApiErrorsGenerator().generate(request, new MavenBuildLog(getLog()),
                    new BuildContextWorkspace(buildContext, project.getBasedir().toPath()));
            if (attachEnrichedSpec) {
                EnrichedSpecArtifact.attach(projectHelper, project, request.enrichedSpec());
            }
        } catch (ApiErrorsException e) {
            throw new MojoFailureException(e.getMessage(), FailureCause.of(e));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("api-errors: unexpected failure: " + e, e);
        } finally {
            addCompileSourceRoot();
        }
    }

    private void addCompileSourceRoot() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    /** Every parameter checked before anything is read: a bad value is a configuration error. */
    private GenerationRequest request() {
        try {
            return checkedRequest();
        } catch (InvalidConventionException e) {
            throw e;
        } catch (ApiErrorsException | IllegalArgumentException e) {
            throw new ApiErrorsException("invalid configuration: " + e.getMessage(), e);
        }
    }

    private GenerationRequest checkedRequest() {
        Path basedir = project.getBasedir().toPath();
        String packageName = basePackage == null || basePackage.isBlank()
                ? PackageNames.fromGroupId(project.getGroupId()) : PackageNames.check(basePackage.trim());
        Path enriched = enrichedSpec != null ? enrichedSpec.toPath() : defaultEnrichedSpec();
        SpecFormat.of(enriched);
        EnrichmentOptions enrichment = enrichmentOptions();
        return new GenerationRequest(specResource(basedir), enriched, outputDirectory.toPath(),
                packageName, Framework.parse(framework), enrichment,
                templateDirectory == null ? null : templateDirectory.toPath(), workDirectory(), force,
                ProjectSourceFolders.of(project, outputDirectory.toPath()));
    }

    /** The enriched description keeps the description's format, told by its extension. */
    private Path defaultEnrichedSpec() {
        boolean json = inputSpec != null && inputSpec.trim().toLowerCase(Locale.ROOT).endsWith(".json");
        return Path.of(project.getBuild().getDirectory(), "api-errors", json ? "openapi.json" : "openapi.yaml");
    }

    /** One folder per execution, so that two executions in one project keep apart what they generated. */
    private Path workDirectory() {
        String execution = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(project.getBuild().getDirectory(), "api-errors-state", execution);
    }
}
