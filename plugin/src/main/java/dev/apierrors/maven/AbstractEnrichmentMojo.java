package dev.apierrors.maven;

import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.convention.InvalidConventionException;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.core.DescriptionRequest;
import dev.apierrors.enrich.Applicability;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.ClasspathResource;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecResource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters every goal shares: which description, and what the enrichment adds to it. The
 * goals {@code generate}, {@code check} and {@code apply} read them alike, so a build configures
 * them once (in the plugin's {@code <configuration>}) for all three.
 */
abstract class AbstractEnrichmentMojo extends AbstractMojo {

    /**
     * The OpenAPI description: OpenAPI 3.0, 3.1 or Swagger 2.0, YAML or JSON. It may reference
     * other files by relative {@code $ref}. A path relative to the project folder, or
     * {@code classpath:some/path/api.yaml} for a description inside a dependency of the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.inputSpec", required = true)
    protected String inputSpec;

    /**
     * The error convention: {@code standard} (the plugin's own: seven statuses, two JSON bodies),
     * {@code problem} (RFC 9457 problem details, {@code application/problem+json}, for the same
     * seven statuses), or the path of a YAML file, relative to the project folder, that defines a
     * team's own convention (docs/conventions.md).
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.convention", defaultValue = Convention.STANDARD)
    protected String convention;

    /**
     * The error codes of the convention to add; with the standard convention, out of 400, 401,
     * 403, 404, 409, 422 and 500. Default: all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.errorCodes")
    protected List<String> errorCodes;

    /**
     * Which operations get which codes: {@code all} gives every operation every code;
     * {@code smart} gives 401/403 only where a security requirement applies, 404 only where the
     * path has a path parameter, 409 only to POST/PUT/PATCH/DELETE, 400/422 only where the
     * operation takes parameters or a body, and 500 always.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.applicability", defaultValue = "all")
    protected String applicability;

    /**
     * Name of the general error body schema added to {@code components/schemas}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.errorSchemaName", defaultValue = ComponentNames.DEFAULT_ERROR_SCHEMA)
    protected String errorSchemaName;

    /**
     * Name of the validation error body schema (400 and 422) added to {@code components/schemas}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.validationErrorSchemaName",
            defaultValue = ComponentNames.DEFAULT_VALIDATION_ERROR_SCHEMA)
    protected String validationErrorSchemaName;

    /**
     * Prefix of the responses added to {@code components/responses}: with the default, 404 is
     * {@code ApiErrorNotFound}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.responseNamePrefix", defaultValue = ComponentNames.DEFAULT_RESPONSE_PREFIX)
    protected String responseNamePrefix;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "api-errors.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The project being built: its folders, its compile source roots, its attached artifacts.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The description and what to add to it; a bad parameter is a configuration error, found before reading. */
    protected DescriptionRequest descriptionRequest() {
        try {
            return new DescriptionRequest(specResource(project.getBasedir().toPath()), enrichmentOptions());
        } catch (InvalidConventionException e) {
            throw e;
        } catch (ApiErrorsException | IllegalArgumentException e) {
            throw new ApiErrorsException("invalid configuration: " + e.getMessage(), e);
        }
    }

    /**
     * The parameters of the enrichment as written in the build, every one of them: a build that
     * resolves them only when it generates fingerprints them (and the convention file's bytes) instead.
     */
    protected record EnrichmentParameters(String convention, List<String> errorCodes, String applicability,
                                          String errorSchemaName, String validationErrorSchemaName,
                                          String responseNamePrefix) {
    }

    protected EnrichmentParameters enrichmentParameters() {
        return new EnrichmentParameters(convention, errorCodes == null ? List.of() : List.copyOf(errorCodes),
                applicability, errorSchemaName, validationErrorSchemaName, responseNamePrefix);
    }

    /** What the enrichment adds, as the parameters say; a bad value fails with the parameter's name. */
    protected EnrichmentOptions enrichmentOptions() {
        Convention errors = ConventionReader.resolve(convention, project.getBasedir().toPath());
        return new EnrichmentOptions(errors, codes(errors), applicability(),
                new ComponentNames(errorSchemaName, validationErrorSchemaName, responseNamePrefix));
    }

    protected SpecResource specResource(Path basedir) {
        if (inputSpec == null || inputSpec.isBlank()) {
            throw new ApiErrorsException("inputSpec is not set: name the OpenAPI description to enrich");
        }
        String spec = inputSpec.trim();
        if (spec.startsWith(ClasspathResource.PREFIX)) {
            return new ClasspathResource(getClass().getClassLoader(), spec.substring(ClasspathResource.PREFIX.length()));
        }
        return new FileResource(basedir.resolve(spec));
    }

    protected Set<Integer> codes(Convention errors) {
        Set<Integer> codes = new TreeSet<>();
        if (errorCodes == null || errorCodes.isEmpty()) {
            errors.statuses().forEach(status -> codes.add(status.code()));
            return codes;
        }
        for (String entry : errorCodes) {
            for (String code : entry.split(",")) {
                if (!code.isBlank()) {
                    try {
                        int value = errors.parseCode(code);
                        if (errors.status(value) == null) {
                            throw new IllegalArgumentException("'" + code.trim() + "' is not one of the "
                                    + errors.codesOf());
                        }
                        codes.add(value);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("errorCodes: " + e.getMessage(), e);
                    }
                }
            }
        }
        return codes;
    }

    protected Applicability applicability() {
        try {
            return Applicability.valueOf(applicability.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("applicability '" + applicability + "' is not one of all, smart", e);
        }
    }
}
