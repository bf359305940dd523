package dev.apierrors.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The apply goal's edge: it writes the author's file, fails as generate fails, and honours skip. */
class ApplyMojoTest {

    @TempDir
    Path basedir;

    private MavenProject project;

    @BeforeEach
    void project() {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("api");
        model.setBuild(new Build());
        project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
    }

    private <T extends Mojo> T configure(T mojo) {
        set(mojo, "project", project);
        set(mojo, "inputSpec", "openapi.yaml");
        set(mojo, "applicability", "all");
        set(mojo, "errorSchemaName", "ApiError");
        set(mojo, "validationErrorSchemaName", "ApiValidationError");
        set(mojo, "responseNamePrefix", "ApiError");
        set(mojo, "buildContext", new DefaultBuildContext());
        return mojo;
    }

    @Test
    void theAuthorsFileGainsTheResponses() throws Exception {
        Path spec = basedir.resolve("openapi.yaml");
        Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get: {}\n");

        configure(new ApplyMojo()).execute();

        assertThat(Files.readString(spec)).startsWith("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n")
                .contains("#/components/responses/ApiErrorNotFound").contains("components:");
    }

    @Test
    void badInputFailsWithTheSameMessageAsGenerate() throws IOException {
        Files.writeString(basedir.resolve("openapi.yaml"), "openapi: 3.0.3\npaths:\n  /a:\n    get: {}\n   b: 1\n");
        GenerateMojo generate = configure(new GenerateMojo());
        MojoDescriptor goal = new MojoDescriptor();
        goal.setPluginDescriptor(new PluginDescriptor());
        goal.setGoal("generate");
        set(generate, "mojoExecution", new MojoExecution(goal, "default"));
        set(generate, "outputDirectory", basedir.resolve("target/java").toFile());
        set(generate, "framework", "none");

        MojoFailureException applied = catchThrowableOfType(MojoFailureException.class, configure(new ApplyMojo())::execute);
        MojoFailureException generated = catchThrowableOfType(MojoFailureException.class, generate::execute);

        assertThat(applied).hasMessageContaining("invalid YAML");
        assertThat(applied.getMessage()).isEqualTo(generated.getMessage());
    }

    @Test
    void skipWritesNothing() throws Exception {
        Path spec = basedir.resolve("openapi.yaml");
        String text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get: {}\n";
        Files.writeString(spec, text);
        ApplyMojo apply = configure(new ApplyMojo());
        set(apply, "skip", true);

        apply.execute();

        assertThat(spec).hasContent(text.strip());
    }

    private static void set(Object mojo, String name, Object value) {
        try {
            var field = MojoFields.find(mojo.getClass(), name);
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
