package dev.apierrors.maven;

import dev.apierrors.core.OpenApiGeneratorInputs;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;


/**
 * The project properties that OpenAPI Generator's configuration reads after {@code generate}:
 * {@code api-errors.enrichedSpec}, {@code api-errors.schemaMappings} and
 * {@code api-errors.importMappings}.
 */
final class GeneratorProperties {

    /** The project's context value that remembers the enriched description an execution published. */
    private static final String PUBLISHED = GeneratorProperties.class.getName() + ".enrichedSpec";
    /** How a parameter reads its user property when the POM does not configure it. */
    private static final String FROM_PROPERTY = "${" + OpenApiGeneratorInputs.ENRICHED_SPEC + "}";

    private GeneratorProperties() {
    }

    static void publish(MavenProject project, OpenApiGeneratorInputs inputs) {
        inputs.properties().forEach(project.getProperties()::setProperty);
        project.setContextValue(PUBLISHED, inputs.properties().get(OpenApiGeneratorInputs.ENRICHED_SPEC));
    }

    /**
     * Whether the {@code enrichedSpec} parameter holds only what an earlier execution of the goal in
     * this project published: the parameter reads the property of the same name, and a second
     * execution must not write over the first one's enriched description because of it.
     */
    static boolean publishedEarlier(MavenProject project, MojoExecution execution, File enrichedSpec) {
        Object published = project.getContextValue(PUBLISHED);
        if (published == null || enrichedSpec == null) {
            return false;
        }
        Xpp3Dom configuration = execution.getConfiguration();
        Xpp3Dom parameter = configuration == null ? null : configuration.getChild("enrichedSpec");
        boolean fromProperty = parameter == null || FROM_PROPERTY.equals(parameter.getValue());
        return fromProperty && published.equals(enrichedSpec.toPath().toAbsolutePath().normalize().toString());
    }

}
