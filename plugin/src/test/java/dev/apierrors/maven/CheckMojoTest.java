package dev.apierrors.maven;

import dev.apierrors.core.ApiErrorsGenerator;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.view.Framework;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The check goal's edge: findings as error lines, then one build failure; nothing written. */
class CheckMojoTest {

    private static final String LACKING = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n"
            + "      responses:\n        '200': {description: OK}\n";

    @TempDir
    Path basedir;

    private final CheckMojo mojo = new CheckMojo();
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    @BeforeEach
    void configure() throws IOException {
        Files.writeString(basedir.resolve("openapi.yaml"), LACKING);
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("api");
        model.setBuild(new Build());
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        set("project", project);
        set("inputSpec", "openapi.yaml");
        set("errorCodes", List.of("404,500"));
        set("applicability", "all");
        set("errorSchemaName", "ApiError");
        set("validationErrorSchemaName", "ApiValidationError");
        set("responseNamePrefix", "ApiError");
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }

            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });
    }

    @Test
    void aLackingDescriptionFailsAfterOneErrorLinePerOperationAndComponent() throws IOException {
        Path spec = basedir.resolve("openapi.yaml");

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessage("api-errors: the description lacks 2 error responses and 3 components of the"
                + " API errors convention; run 'mvn api-errors:apply' to add them");
        assertThat(errors).containsExactly(
                spec + ":5:5: GET /pets lacks 404, 500",
                spec + ":1:1: components/schemas/ApiError is missing",
                spec + ":1:1: components/responses/ApiErrorNotFound is missing",
                spec + ":1:1: components/responses/ApiErrorInternalServerError is missing",
                "Run 'mvn api-errors:apply' to add them to the description's files, or add them yourself.");
        assertThat(Files.readString(spec)).as("check changes nothing").isEqualTo(LACKING);
        try (var files = Files.list(basedir)) {
            assertThat(files).as("and writes nothing").containsExactly(spec);
        }
    }

    @Test
    void aBadParameterIsAConfigurationError() {
        set("errorCodes", List.of("418"));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessageStartingWith("invalid configuration: errorCodes: '418' is not one of");
    }

    @Test
    void skipSkips() throws Exception {
        set("skip", true);
        set("inputSpec", "missing.yaml");

        mojo.execute();

        assertThat(infos).containsExactly("api-errors: skipped (api-errors.skip)");
        assertThat(errors).isEmpty();
    }

    @Test
    void aDescriptionEnrichedByGeneratePasses() throws Exception {
        Path enriched = basedir.resolve("enriched.yaml");
        new ApiErrorsGenerator().generate(new GenerationRequest(new FileResource(basedir.resolve("openapi.yaml")),
                enriched, basedir.resolve("java"), "com.example", Framework.NONE,
                EnrichmentOptions.defaults().withCodes(Set.of(404, 500)), null, basedir.resolve("state"), false), BuildLog.silent());
        set("inputSpec", "enriched.yaml");

        mojo.execute();

        assertThat(errors).isEmpty();
        assertThat(infos).containsExactly("api-errors: the description has every error response of the convention");
    }

    private void set(String name, Object value) {
        try {
            var field = MojoFields.find(CheckMojo.class, name);
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
