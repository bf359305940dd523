package dev.apierrors.maven;

import dev.apierrors.convention.StandardError;
import dev.apierrors.core.ApiErrorsException;
import dev.apierrors.core.ApiErrorsGenerator;
import dev.apierrors.core.Framework;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.ClasspathResource;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecResource;
import dev.apierrors.render.SpecFormat;
import dev.apierrors.view.PackageNames;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the standard error responses to every operation of an OpenAPI description, writes the
 * enriched description and generates the matching Java error types and handlers.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * The OpenAPI description: OpenAPI 3.0, 3.1 or Swagger 2.0, YAML or JSON. It may reference
     * other files by relative {@code $ref}. A path relative to the project folder, or
     * {@code classpath:some/path/api.yaml} for a description inside a dependency of the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.inputSpec", required = true)
    private String inputSpec;

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
     * The framework the generated handlers are written for: {@code spring}, {@code jaxrs}
     * (Jakarta REST) or {@code none} (plain Java: only the error types and the client decoder).
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.framework", defaultValue = "none")
    private String framework;

    /**
     * The standard error codes to add, out of 400, 401, 403, 404, 409, 422 and 500. Default: all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.errorCodes")
    private List<String> errorCodes;

    /**
     * Which operations get which codes: {@code all} gives every operation every code;
     * {@code smart} gives 401/403 only where a security requirement applies, 404 only where the
     * path has a path parameter, 409 only to POST/PUT/PATCH/DELETE, 400/422 only where the
     * operation takes parameters or a body, and 500 always.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.applicability", defaultValue = "all")
    private String applicability;

    /**
     * Name of the general error body schema added to {@code components/schemas}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.errorSchemaName", defaultValue = ComponentNames.DEFAULT_ERROR_SCHEMA)
    private String errorSchemaName;

    /**
     * Name of the validation error body schema (400 and 422) added to {@code components/schemas}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.validationErrorSchemaName",
            defaultValue = ComponentNames.DEFAULT_VALIDATION_ERROR_SCHEMA)
    private String validationErrorSchemaName;

    /**
     * Prefix of the responses added to {@code components/responses}: with the default, 404 is
     * {@code ApiErrorNotFound}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.responseNamePrefix", defaultValue = ComponentNames.DEFAULT_RESPONSE_PREFIX)
    private String responseNamePrefix;

    /**
     * A folder of Mustache templates; a template there replaces the default template of the same
     * name, the others stay the defaults.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.templateDirectory")
    private File templateDirectory;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.skip", defaultValue = "false")
    private boolean skip;

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
     * The project being built: its folders, its compile source roots, its attached artifacts.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

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
        EnrichmentOptions enrichment = new EnrichmentOptions(codes(), applicability(),
                new ComponentNames(errorSchemaName, validationErrorSchemaName, responseNamePrefix));
        return new GenerationRequest(specResource(basedir), enriched, outputDirectory.toPath(),
                packageName, Framework.parse(framework), enrichment,
                templateDirectory == null ? null : templateDirectory.toPath(), workDirectory(), force);
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

    private SpecResource specResource(Path basedir) {
        if (inputSpec == null || inputSpec.isBlank()) {
            throw new ApiErrorsException("inputSpec is not set: name the OpenAPI description to enrich");
        }
        String spec = inputSpec.trim();
        if (spec.startsWith(ClasspathResource.PREFIX)) {
            return new ClasspathResource(getClass().getClassLoader(), spec.substring(ClasspathResource.PREFIX.length()));
        }
        return new FileResource(basedir.resolve(spec));
    }

    private Set<StandardError> codes() {
        if (errorCodes == null || errorCodes.isEmpty()) {
            return EnumSet.allOf(StandardError.class);
        }
        Set<StandardError> codes = EnumSet.noneOf(StandardError.class);
        for (String entry : errorCodes) {
            for (String code : entry.split(",")) {
                if (!code.isBlank()) {
                    try {
                        codes.add(StandardError.parse(code));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("errorCodes: " + e.getMessage(), e);
                    }
                }
            }
        }
        return codes;
    }

    private Applicability applicability() {
        try {
            return Applicability.valueOf(applicability.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("applicability '" + applicability + "' is not one of all, smart", e);
        }
    }
}
