package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.convention.InvalidConventionException;
import dev.apierrors.incremental.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A convention body named like a schema of the description fails the build, naming the convention's line. */
class ConventionClashTest {

    @TempDir
    Path dir;

    @Test
    void aBodyNamedLikeASchemaOfTheDescriptionFailsBeforeAnythingIsWritten() throws IOException {
        Path project = TestProjects.create(dir);
        Files.writeString(project.resolve("errors.yaml"), "mediaType: application/json\nbodies:\n"
                + "  Pet: {type: object, properties: {message: {type: string}}}\nstatuses:\n"
                + "  - {code: 404, reason: Not Found, description: Gone., body: Pet}\n");
        GenerationRequest base = TestRequests.request(project);
        GenerationRequest request = new GenerationRequest(base.inputSpec(), base.enrichedSpec(), base.outputDirectory(),
                base.basePackage(), base.framework(),
                base.enrichment().withConvention(ConventionReader.resolve("errors.yaml", project)),
                base.templateDirectory(), base.workDirectory(), false);

        assertThatThrownBy(() -> new ApiErrorsGenerator().generate(request, BuildLog.silent()))
                .isInstanceOf(InvalidConventionException.class)
                .hasMessage("invalid convention: " + project.resolve("errors.yaml") + ":3: body 'Pet' clashes with"
                        + " components/schemas/Pet of the description, which is defined differently; the plugin never"
                        + " replaces it: rename the body");
        assertThat(request.enrichedSpec()).doesNotExist();
        assertThat(request.outputDirectory()).doesNotExist();
    }
}
