package dev.apierrors.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.view.JavaTemplates;
import dev.apierrors.view.ModelMappings;
import dev.apierrors.view.SourcesOptions;
import dev.apierrors.view.SourcesView;
import dev.apierrors.view.ViewBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders the Java error types and handlers of an enriched description from its view (see {@link ViewBuilder}). */
public final class JavaSources {

    /** The sources for {@code options.framework()}, in {@code options.basePackage()}. */
    public GeneratedFiles generate(ObjectNode enrichedDocument, SourcesOptions options) {
        SourcesView view = ViewBuilder.build(enrichedDocument, options);
        List<JavaTemplates.Output> outputs = JavaTemplates.outputs(options.framework(), options.clientLibraries(), view);
        Set<String> names = new LinkedHashSet<>();
        outputs.forEach(output -> names.add(output.template()));
        TemplateSet templates = TemplateSet.compile(names, options.templateDirectory());
        String directory = view.packageName().replace('.', '/') + "/";
        GeneratedFiles files = new GeneratedFiles();
        for (JavaTemplates.Output output : outputs) {
            String source = output.item() == null ? templates.render(output.template(), view)
                    : templates.render(output.template(), view, output.item());
            files.add(directory + output.typeName() + ".java", source.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /**
     * The body types {@link #generate} writes for {@code request}, for OpenAPI Generator's mappings;
     * from the configuration alone, without the description.
     */
    public ModelMappings mappings(SourcesOptions options) {
        return ViewBuilder.mappings(options);
    }
}
