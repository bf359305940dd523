package dev.apierrors.view;

import dev.apierrors.convention.Convention;
import dev.apierrors.enrich.ComponentNames;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What the Java sources are made for.
 *
 * @param basePackage       the package of the sources
 * @param framework         the framework of the handlers
 * @param convention        the error convention: statuses, bodies and how the handlers fill them
 * @param names             the component names of the convention's bodies in the enriched description
 * @param templateDirectory the user's templates that replace default ones, or null
 * @param clientLibraries   OpenAPI Generator's client libraries to generate adapters for
 */
public record SourcesOptions(String basePackage, Framework framework, Convention convention, ComponentNames names,
                             Path templateDirectory, Set<ClientLibrary> clientLibraries) {

    public SourcesOptions {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(names, "names");
        clientLibraries = Set.copyOf(clientLibraries);
    }

    /** Options for no client library's adapter. */
    public SourcesOptions(String basePackage, Framework framework, Convention convention, ComponentNames names,
                          Path templateDirectory) {
        this(basePackage, framework, convention, names, templateDirectory, Set.of());
    }
}
