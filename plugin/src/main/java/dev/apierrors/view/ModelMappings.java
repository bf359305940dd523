package dev.apierrors.view;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The body types the plugin generates, as OpenAPI Generator's {@code schemaMappings} and
 * {@code importMappings} take them: with these, OpenAPI Generator refers to the plugin's classes
 * and generates no copy of the error bodies.
 *
 * @param mappings one per body type, the bodies first, then the objects nested in them
 */
public record ModelMappings(List<Mapping> mappings) {

    /**
     * One body type.
     *
     * @param schemaName the name OpenAPI Generator gives the schema: the component's name, or for an
     *                   inline object its parent's name and property ({@code ApiError_errors_inner})
     * @param className  the fully qualified name of the plugin's class
     */
    public record Mapping(String schemaName, String className) {

        /** The simple name of the class, which OpenAPI Generator's import mappings are keyed by. */
        public String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    public ModelMappings {
        mappings = List.copyOf(mappings);
    }

    /** {@code Schema=fully.qualified.Class} pairs separated by commas, for {@code schemaMappings}. */
    public String schemaMappings() {
        return mappings.stream().map(mapping -> mapping.schemaName() + "=" + mapping.className())
                .collect(Collectors.joining(","));
    }

    /** {@code Class=fully.qualified.Class} pairs separated by commas, for {@code importMappings}. */
    public String importMappings() {
        return mappings.stream().map(mapping -> mapping.simpleName() + "=" + mapping.className())
                .distinct().collect(Collectors.joining(","));
    }
}
