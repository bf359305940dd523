package dev.apierrors.paths;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** No output is a file the goal reads, however it is spelled, and no output folder mixes with sources. */
class OutputPlacesTest {

    @TempDir
    Path project;

    private Path spec;
    private Path templates;

    @BeforeEach
    void inputs() throws IOException {
        spec = Files.writeString(Files.createDirectories(project.resolve("src/main/openapi")).resolve("openapi.yaml"),
                "openapi: 3.0.3\n");
        templates = Files.createDirectories(project.resolve("src/main/templates"));
        Files.writeString(templates.resolve("statusException.mustache"), "{{packageName}}\n");
    }

    @Test
    void defaultOutputsPass() {
        assertThatCode(() -> check(project.resolve("target/api-errors/openapi.yaml"),
                project.resolve("target/generated-sources/api-errors"))).doesNotThrowAnyException();
    }

    @Test
    void enrichedSpecThatIsTheDescriptionFails() {
        assertThat(failure(spec, defaultOutputDirectory())).hasMessage("invalid configuration: enrichedSpec " + spec
                + " is the description (inputSpec), which the goal reads; an output may not replace a file the"
                + " goal reads");
    }

    @Test
    void enrichedSpecSpelledWithDotDotIsStillTheDescription() {
        Path spelled = project.resolve("src/main/templates/../openapi/./openapi.yaml");

        assertThat(failure(spelled, defaultOutputDirectory())).hasMessageStartingWith("invalid configuration:"
                + " enrichedSpec " + spec + " is the description (inputSpec)");
    }

    @Test
    void enrichedSpecThroughASymbolicLinkToTheDescriptionFails() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("enriched.yaml"), spec);

        assertThat(failure(link, defaultOutputDirectory())).hasMessage("invalid configuration: enrichedSpec " + link
                + " is " + spec + ", the description (inputSpec), which the goal reads; an output may not replace"
                + " a file the goal reads");
    }

    @Test
    void enrichedSpecInAFolderLinkedToTheDescriptionsFolderFails() throws IOException {
        Path linkedFolder = Files.createSymbolicLink(project.resolve("api"), spec.getParent());
        Path enriched = linkedFolder.resolve("openapi.yaml");

        assertThat(failure(enriched, defaultOutputDirectory())).hasMessageStartingWith("invalid configuration:"
                + " enrichedSpec " + enriched + " is " + spec + ", the description (inputSpec)");
    }

    @Test
    void enrichedSpecThatIsAHardLinkToTheDescriptionFails() throws IOException {
        Path hardLink = Files.createLink(project.resolve("openapi.yaml"), spec);

        assertThat(failure(hardLink, defaultOutputDirectory())).hasMessageStartingWith("invalid configuration:"
                + " enrichedSpec " + hardLink + " is " + spec);
    }

    @Test
    void enrichedSpecThatIsAReferencedFileFails() throws IOException {
        Path referenced = Files.writeString(spec.resolveSibling("pet.yaml"), "type: object\n");
        OutputPlaces places = places(referenced, defaultOutputDirectory());

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> places.checkInputs(
                List.of(new NamedPath("the description (inputSpec)", spec),
                        new NamedPath("a file the description references", referenced)), List.of()));

        assertThat(failure).hasMessage("invalid configuration: enrichedSpec " + referenced + " is a file the"
                + " description references, which the goal reads; an output may not replace a file the goal reads");
    }

    @Test
    void enrichedSpecInsideTheTemplateFolderFails() {
        Path enriched = templates.resolve("openapi.yaml");

        assertThat(failure(enriched, defaultOutputDirectory())).hasMessage("invalid configuration: enrichedSpec "
                + enriched + " lies inside " + templates + ", the templates (templateDirectory), whose files the"
                + " goal reads");
    }

    @Test
    void outputDirectoryThatContainsTheDescriptionFails() {
        Path folder = project.resolve("src/main");

        assertThat(failure(defaultEnrichedSpec(), folder)).hasMessage("invalid configuration: outputDirectory "
                + folder + " contains " + spec + ", the description (inputSpec), which the goal reads; generated"
                + " files go to a folder of their own");
    }

    @Test
    void outputDirectoryThatIsTheDescriptionFails() {
        assertThat(failure(defaultEnrichedSpec(), spec)).hasMessageStartingWith("invalid configuration:"
                + " outputDirectory " + spec + " is the description (inputSpec), which the goal reads");
    }

    @Test
    void outputDirectoryInsideOrAroundTheTemplatesFails() {
        Path inside = templates.resolve("generated");

        assertThat(failure(defaultEnrichedSpec(), templates)).hasMessageStartingWith("invalid configuration:"
                + " outputDirectory " + templates + " is the templates (templateDirectory), whose files");
        assertThat(failure(defaultEnrichedSpec(), inside)).hasMessageStartingWith("invalid configuration:"
                + " outputDirectory " + inside + " lies inside " + templates + ", the templates");
    }

    @Test
    void outputDirectoryThatIsTheProjectsSourceFolderFails() {
        Path java = project.resolve("src/main/java");

        assertThat(sourcesFailure(java, List.of(java), List.of())).hasMessage("invalid configuration:"
                + " outputDirectory " + java + " is a folder of the project's own sources; generated files go to"
                + " a folder of their own (by default under target/generated-sources)");
    }

    @Test
    void outputDirectoryInsideOrAroundASourceFolderFails() throws IOException {
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Path inside = resources.resolve("generated");

        assertThat(sourcesFailure(inside, List.of(resources), List.of())).hasMessageStartingWith("invalid"
                + " configuration: outputDirectory " + inside + " lies inside " + resources + ", a folder of the"
                + " project's own sources");
        assertThat(sourcesFailure(project, List.of(resources), List.of())).hasMessageStartingWith("invalid"
                + " configuration: outputDirectory " + project + " contains " + resources + ", a folder of the"
                + " project's own sources");
    }

    @Test
    void outputDirectorySpelledThroughALinkIsStillTheSourceFolder() throws IOException {
        Path java = Files.createDirectories(project.resolve("src/main/java"));
        Path link = Files.createSymbolicLink(project.resolve("java"), java);

        assertThat(sourcesFailure(link, List.of(java), List.of())).hasMessageStartingWith("invalid configuration:"
                + " outputDirectory " + link + " is " + java + ", a folder of the project's own sources");
    }

    @Test
    void outputDirectoryThatIsAnotherGeneratorsSourceRootFails() {
        Path other = project.resolve("target/generated-sources/openapi/src/main/java");

        assertThat(sourcesFailure(other, List.of(), List.of(other))).hasMessage("invalid configuration:"
                + " outputDirectory " + other + " is a compile source root of the project that another goal or"
                + " plugin added; generated files go to a folder of their own");
    }

    @Test
    void outputDirectoryBesideOrInsideOtherGeneratedRootsPasses() {
        Path generated = project.resolve("target/generated-sources");

        assertThatCode(() -> places(defaultEnrichedSpec(), defaultOutputDirectory()).checkSources(
                List.of(project.resolve("src/main/java"), project.resolve("src/main/resources")),
                List.of(generated, generated.resolve("openapi")))).doesNotThrowAnyException();
    }

    @Test
    void differentCaseIsTheSameFileWhereTheFileSystemIgnoresCase() {
        Path upper = project.resolve("SRC/MAIN/OPENAPI/OPENAPI.YAML");
        assumeThat(PathIdentity.ignoresCase(spec)).as("the file system ignores case").isTrue();

        assertThat(failure(upper, defaultOutputDirectory())).hasMessageStartingWith("invalid configuration:"
                + " enrichedSpec " + upper + " is " + spec);
    }

    @Test
    void differentCaseOfFoldersNotCreatedYetIsTheSameFolderWhereTheFileSystemIgnoresCase() {
        Path resources = project.resolve("src/main/resources");
        Path other = project.resolve("SRC/Main/Resources");
        assumeThat(PathIdentity.ignoresCase(project.resolve("src"))).as("the file system ignores case").isTrue();

        assertThat(sourcesFailure(other, List.of(resources), List.of())).hasMessageStartingWith("invalid"
                + " configuration: outputDirectory " + other + " is " + resources);
    }

    @Test
    void differentCaseIsAnotherFileWhereTheFileSystemKeepsCase() {
        assumeThat(PathIdentity.ignoresCase(spec)).as("the file system keeps case").isFalse();
        Path upper = project.resolve("src/main/openapi/OpenApi.yaml");

        assertThatCode(() -> check(upper, defaultOutputDirectory())).doesNotThrowAnyException();
    }

    @Test
    void caseIsDetectedFromAnExistingName() throws IOException {
        Path lower = Files.createDirectories(project.resolve("lower"));
        boolean ignores = Files.exists(project.resolve("LOWER"));

        assertThat(PathIdentity.ignoresCase(lower)).isEqualTo(ignores);
        assertThat(PathIdentity.ignoresCase(lower.resolve("123"))).as("a name without letters looks further up")
                .isEqualTo(ignores);
    }

    private void check(Path enriched, Path outputDirectory) {
        places(enriched, outputDirectory).checkInputs(List.of(new NamedPath("the description (inputSpec)", spec)),
                List.of(new NamedPath("the templates (templateDirectory)", templates)));
    }

    private ApiErrorsException failure(Path enriched, Path outputDirectory) {
        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> check(enriched,
                outputDirectory));
        assertThat(failure).as("refused").isNotNull();
        return failure;
    }

    private ApiErrorsException sourcesFailure(Path outputDirectory, List<Path> own, List<Path> otherRoots) {
        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> places(defaultEnrichedSpec(), outputDirectory).checkSources(own, otherRoots));
        assertThat(failure).as("refused").isNotNull();
        return failure;
    }

    private static OutputPlaces places(Path enriched, Path outputDirectory) {
        return new OutputPlaces(List.of(new NamedPath("enrichedSpec", enriched)),
                List.of(new NamedPath("outputDirectory", outputDirectory)));
    }

    private Path defaultEnrichedSpec() {
        return project.resolve("target/api-errors/openapi.yaml");
    }

    private Path defaultOutputDirectory() {
        return project.resolve("target/generated-sources/api-errors");
    }
}
