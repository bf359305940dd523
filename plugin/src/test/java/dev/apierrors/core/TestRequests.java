package dev.apierrors.core;

import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.incremental.TestProjects;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecResource;
import dev.apierrors.view.Framework;

import java.nio.file.Path;

/** The request that builds one of the {@link TestProjects}. */
public final class TestRequests {

    private TestRequests() {
    }

    public static GenerationRequest request(Path project) {
        return request(project, new FileResource(project.resolve("spec/openapi.yaml")));
    }

    public static GenerationRequest request(Path project, SpecResource spec) {
        return new GenerationRequest(spec, project.resolve("target/api-errors/openapi.yaml"),
                project.resolve("target/generated-sources/api-errors"), "com.example.errors", Framework.NONE,
                EnrichmentOptions.defaults(), null, project.resolve("target/api-errors-state/default"), false);
    }
}
