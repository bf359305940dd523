package dev.apierrors.maven;

import dev.apierrors.shared.ApiErrorsException;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.lifecycle.LifecycleExecutionException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The goal's edge: the pipeline's errors become build failures with their message and cause. */
class GenerateMojoTest {

    private static final String GOOD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n"
            + "      responses:\n        '200': {description: OK}\n";

    @TempDir
    Path basedir;

    private GenerateMojo mojo;
    private MavenProject project;

    @BeforeEach
    void configure() throws IOException {
        Files.writeString(basedir.resolve("openapi.yaml"), GOOD);
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("api");
        model.setBuild(new Build());
        project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        mojo = new GenerateMojo();
        set("project", project);
        set("mojoExecution", execution());
        set("buildContext", new DefaultBuildContext());
        set("inputSpec", "openapi.yaml");
        set("enrichedSpec", basedir.resolve("target/api-errors/openapi.yaml").toFile());
        set("outputDirectory", basedir.resolve("target/generated-sources/api-errors").toFile());
        set("framework", "none");
        set("applicability", "all");
        set("errorSchemaName", "ApiError");
        set("validationErrorSchemaName", "ApiValidationError");
        set("responseNamePrefix", "ApiError");
    }

    @Test
    void goodDescriptionIsEnriched() throws Exception {
        mojo.execute();

        assertThat(basedir.resolve("target/api-errors/openapi.yaml")).isRegularFile();
    }

    @Test
    void theDefaultEnrichedDescriptionKeepsTheDescriptionsFormatAndText() throws Exception {
        set("enrichedSpec", null);
        mojo.execute();

        assertThat(Files.readString(basedir.resolve("target/api-errors/openapi.yaml"))).startsWith(GOOD);

        Files.writeString(basedir.resolve("openapi.json"), "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\","
                + " \"version\": \"1\"}, \"paths\": {}}");
        set("inputSpec", "openapi.json");
        mojo.execute();

        assertThat(Files.readString(basedir.resolve("target/api-errors/openapi.json")))
                .startsWith("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}");
    }

    @Test
    void badDescriptionIsABuildFailureWithThePipelinesMessageAndCause() throws Exception {
        Files.writeString(basedir.resolve("openapi.yaml"), "openapi: 3.0.3\npaths: 42\n");

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessage(basedir.resolve("openapi.yaml") + ": the description cannot be used:"
                + " 'paths' must be a mapping (key: value pairs) but is another kind of value");
        assertThat(failure.getCause()).isInstanceOf(ApiErrorsException.class).hasMessage(failure.getMessage());
        assertThat(project.getCompileSourceRoots())
                .containsExactly(basedir.resolve("target/generated-sources/api-errors").toString());
    }

    @Test
    void mavenShowsTheMessageAloneThoughTheParsersExceptionIsKeptForDashE() throws Exception {
        Files.writeString(basedir.resolve("openapi.yaml"), "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\n");
        String message = basedir.resolve("openapi.yaml") + ":4:11: invalid YAML: mapping values are not allowed"
                + " here; check the indentation, and quote values that contain ': '";

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessage(message);
        assertThat(failure.getCause()).hasMessage(message).hasNoCause();
        assertThat(failure.getCause().getSuppressed()).singleElement()
                .satisfies(parser -> assertThat(parser).isInstanceOf(MarkedYAMLException.class));
        assertThat(new DefaultExceptionHandler().handleException(new LifecycleExecutionException(execution(), project,
                failure)).getMessage())
                .as("the line Maven logs")
                .isEqualTo("Failed to execute goal dev.apierrors:api-errors-maven-plugin:1.0:generate (default) on"
                        + " project api: " + message);
    }

    @Test
    void missingDescriptionNamesThePath() {
        set("inputSpec", "src/main/openapi/missing.yaml");

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessage(basedir.resolve("src/main/openapi/missing.yaml") + " does not exist");
    }

    @Test
    void aTeamsConventionFileIsReadRelativeToTheProject() throws Exception {
        Files.writeString(basedir.resolve("errors.yaml"), "mediaType: application/json\nbodies:\n"
                + "  E: {type: object, properties: {message: {type: string}}}\nstatuses:\n"
                + "  - {code: 429, reason: Too Many Requests, description: Slow down., body: E, retry: retryable}\n");
        set("convention", "errors.yaml");
        set("errorCodes", List.of("429"));

        mojo.execute();

        assertThat(Files.readString(basedir.resolve("target/api-errors/openapi.yaml")))
                .contains("ApiErrorTooManyRequests").doesNotContain("ApiErrorNotFound");
        assertThat(basedir.resolve("target/generated-sources/api-errors/com/example/apierrors/"
                + "TooManyRequestsException.java")).isRegularFile();
    }

    @Test
    void aBadConventionFileFailsNamingItsLineBeforeAnythingIsWritten() throws Exception {
        Files.writeString(basedir.resolve("errors.yaml"), "mediaType: application/json\nbodies:\n"
                + "  E: {type: object}\nstatuses:\n"
                + "  - {code: 700, reason: Odd, description: Odd., body: E}\n");
        set("convention", "errors.yaml");

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessage("invalid convention: " + basedir.resolve("errors.yaml")
                + ":5: code 700 is not an error status: codes are 400 to 599");
        assertThat(basedir.resolve("target")).doesNotExist();
    }

    @Test
    void errorCodesAreThoseOfTheChosenConvention() {
        set("convention", "problem");
        set("errorCodes", List.of("404,429"));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessageStartingWith("invalid configuration: errorCodes: '429' is not one of the"
                + " problem error codes [400, 401, 403, 404, 409, 422, 500]");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "basePackage | com.example.1api | invalid configuration: basePackage 'com.example.1api' is not a valid Java"
                    + " package name",
            "basePackage | com.example.class | invalid configuration: basePackage 'com.example.class' is not a valid"
                    + " Java package name",
            "basePackage | ../../etc | invalid configuration: basePackage '../../etc' is not a valid Java package name",
            "framework | struts | invalid configuration: framework 'struts' is not one of spring, webflux, jaxrs, none",
            "applicability | some | invalid configuration: applicability 'some' is not one of all, smart",
            "errorCodes | 404,418 | invalid configuration: errorCodes: '418' is not one of the standard error codes",
            "errorCodes | ',' | invalid configuration: errorCodes is empty",
            "enrichedSpec | target/openapi.txt | invalid configuration: enrichedSpec ",
            "errorSchemaName | Api/Error | invalid configuration: errorSchemaName 'Api/Error' is not a valid component"
                    + " name",
            "validationErrorSchemaName | ApiError | invalid configuration: errorSchemaName and"
                    + " validationErrorSchemaName must differ",
            "inputSpec | ' ' | invalid configuration: inputSpec is not set"})
    void badParameterIsAConfigurationErrorNamingIt(String parameter, String value, String message) {
        switch (parameter) {
            case "errorCodes":
                set(parameter, List.of(value));
                break;
            case "enrichedSpec":
                set(parameter, basedir.resolve(value).toFile());
                break;
            default:
                set(parameter, value);
        }

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure.getMessage()).startsWith(message);
        assertThat(failure.getCause()).isNotNull();
        assertThat(basedir.resolve("target")).doesNotExist();
    }

    @Test
    void enrichedSpecThatIsTheDescriptionIsAConfigurationErrorAndTheDescriptionStays() throws Exception {
        set("enrichedSpec", basedir.resolve("openapi.yaml").toFile());

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessage("invalid configuration: enrichedSpec " + basedir.resolve("openapi.yaml")
                + " is the description (inputSpec), which the goal reads; an output may not replace a file the goal"
                + " reads");
        assertThat(Files.readString(basedir.resolve("openapi.yaml"))).isEqualTo(GOOD);
        assertThat(basedir.resolve("target")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "src/main/java | is a folder of the project's own sources",
            "src/main/resources/generated | lies inside {basedir}/src/main/resources, a folder of the project's own"
                    + " sources",
            "src/test | contains {basedir}/src/test/java, a folder of the project's own sources",
            "target/generated-sources | contains {basedir}/target/generated-sources/openapi, a compile source root of"
                    + " the project that another goal or plugin added"})
    void outputDirectoryAmongTheProjectsSourcesIsAConfigurationError(String folder, String problem) {
        project.getBuild().setSourceDirectory(basedir.resolve("src/main/java").toString());
        project.getBuild().setTestSourceDirectory(basedir.resolve("src/test/java").toString());
        org.apache.maven.model.Resource resources = new org.apache.maven.model.Resource();
        resources.setDirectory(basedir.resolve("src/main/resources").toString());
        project.getBuild().addResource(resources);
        project.addCompileSourceRoot(basedir.resolve("src/main/java").toString());
        project.addCompileSourceRoot(basedir.resolve("target/generated-sources/openapi").toString());
        set("outputDirectory", basedir.resolve(folder).toFile());

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessageStartingWith("invalid configuration: outputDirectory " + basedir.resolve(folder)
                + " " + problem.replace("{basedir}", basedir.toString()) + "; generated files go to a folder of their"
                + " own");
        assertThat(basedir.resolve("target/api-errors")).doesNotExist();
    }

    @Test
    void resourcesTakenFromTheBaseFolderDoNotMakeEveryOutputASourceFolder() throws Exception {
        org.apache.maven.model.Resource license = new org.apache.maven.model.Resource();
        license.setDirectory(basedir.toString());
        license.addInclude("LICENSE");
        project.getBuild().addResource(license);

        mojo.execute();

        assertThat(basedir.resolve("target/generated-sources/api-errors")).isDirectory();
    }

    @Test
    void theGoalsOwnSourceRootFromAnEarlierRunIsNoOtherGeneratorsRoot() throws Exception {
        project.addCompileSourceRoot(basedir.resolve("target/generated-sources/api-errors").toString());

        mojo.execute();

        assertThat(basedir.resolve("target/api-errors/openapi.yaml")).isRegularFile();
    }

    @Test
    void anExecutionWithAnIdOfItsOwnHasItsOwnDefaultEnrichedDescription() throws Exception {
        set("enrichedSpec", null);
        set("mojoExecution", execution("petstore"));

        mojo.execute();

        assertThat(basedir.resolve("target/api-errors/petstore/openapi.yaml")).isRegularFile();
        assertThat(basedir.resolve("target/api-errors/openapi.yaml")).doesNotExist();
    }

    @Test
    void twoExecutionsWritingTheSameSourcesFailTheSecondBeforeItWritesAnything() throws Exception {
        set("enrichedSpec", null);
        set("mojoExecution", execution("pets"));
        mojo.execute();
        Path handler = basedir.resolve("target/generated-sources/api-errors/com/example/apierrors/ApiError.java");
        byte[] first = Files.readAllBytes(handler);
        Files.writeString(basedir.resolve("openapi.yaml"), GOOD.replace("getPet", "fetchPet"));
        set("mojoExecution", execution("stores"));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessageStartingWith("invalid configuration: executions 'pets' and 'stores' of the"
                + " goal both write " + basedir.resolve("target/generated-sources/api-errors/com/example/apierrors"))
                .hasMessageContaining("; give one of them another outputDirectory or basePackage");
        assertThat(handler).hasBinaryContent(first);
        assertThat(basedir.resolve("target/api-errors/stores")).as("nothing of the second written").doesNotExist();
    }

    @Test
    void anExecutionUpToDateStillClaimsItsFilesAgainstAnotherOne() throws Exception {
        set("enrichedSpec", null);
        set("mojoExecution", execution("pets"));
        mojo.execute();
        MavenProject nextBuild = new MavenProject(project.getModel().clone());
        nextBuild.setFile(project.getFile());
        set("project", nextBuild);
        List<String> lines = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        mojo.execute();
        assertThat(lines).anyMatch(line -> line.startsWith("api-errors: skipped generation, outputs up to date"));
        set("mojoExecution", execution("stores"));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessageStartingWith("invalid configuration: executions 'pets' and 'stores' of the goal");
    }

    @Test
    void twoExecutionsApartAreEachUpToDateOnTheNextBuild() throws Exception {
        set("enrichedSpec", null);
        Path second = Files.writeString(basedir.resolve("stores.yaml"), GOOD.replace("getPet", "getStore"));
        List<String> lines = new ArrayList<>();
        for (int build = 0; build < 2; build++) {
            mojo.setLog(new SystemStreamLog() {
                @Override
                public void info(CharSequence content) {
                    lines.add(content.toString());
                }
            });
            set("mojoExecution", execution("pets"));
            set("inputSpec", "openapi.yaml");
            set("basePackage", "com.example.pets");
            mojo.execute();
            set("mojoExecution", execution("stores"));
            set("inputSpec", second.getFileName().toString());
            set("basePackage", "com.example.stores");
            mojo.execute();
        }

        assertThat(basedir.resolve("target/api-errors/pets/openapi.yaml")).isRegularFile();
        assertThat(basedir.resolve("target/api-errors/stores/openapi.yaml")).isRegularFile();
        assertThat(lines).filteredOn(line -> line.startsWith("api-errors: generating")).hasSize(2);
        assertThat(lines).filteredOn(line -> line.startsWith("api-errors: skipped generation, outputs up to date"))
                .as("the second build of each").hasSize(2);
    }

    @Test
    void afterGeneratingAndAfterSkippingTheProjectHasThePropertiesForOpenApiGenerator() throws Exception {
        mojo.execute();
        String enriched = basedir.resolve("target/api-errors/openapi.yaml").toString();
        assertThat(project.getProperties()).containsEntry("api-errors.enrichedSpec", enriched)
                .containsEntry("api-errors.schemaMappings", "ApiError=com.example.apierrors.ApiError,"
                        + "ApiValidationError=com.example.apierrors.ApiValidationError,"
                        + "ApiValidationError_detail_inner=com.example.apierrors.ValidationDetail")
                .containsEntry("api-errors.importMappings", "ApiError=com.example.apierrors.ApiError,"
                        + "ApiValidationError=com.example.apierrors.ApiValidationError,"
                        + "ValidationDetail=com.example.apierrors.ValidationDetail");

        project.getProperties().clear();
        mojo.execute();

        assertThat(project.getProperties()).containsEntry("api-errors.enrichedSpec", enriched)
                .containsKeys("api-errors.schemaMappings", "api-errors.importMappings");
    }

    @Test
    void anEnrichedSpecThatOnlyAnEarlierExecutionPublishedIsNotTaken() throws Exception {
        File published = basedir.resolve("target/api-errors/openapi.yaml").toFile();
        MojoExecution unconfigured = execution();
        assertThat(GeneratorProperties.publishedEarlier(project, unconfigured, published)).as("nothing published")
                .isFalse();

        mojo.execute();

        assertThat(GeneratorProperties.publishedEarlier(project, unconfigured, published)).isTrue();
        MojoExecution fromProperty = execution();
        fromProperty.setConfiguration(configuration("${api-errors.enrichedSpec}"));
        assertThat(GeneratorProperties.publishedEarlier(project, fromProperty, published)).isTrue();
        MojoExecution configured = execution();
        configured.setConfiguration(configuration("target/api-errors/openapi.yaml"));
        assertThat(GeneratorProperties.publishedEarlier(project, configured, published)).as("configured in the POM")
                .isFalse();
        assertThat(GeneratorProperties.publishedEarlier(project, unconfigured, basedir.resolve("other.yaml").toFile()))
                .isFalse();
    }

    @Test
    void aClientLibraryGetsItsAdapter() throws Exception {
        set("clientLibraries", List.of("feign,native"));
        mojo.execute();

        Path sources = basedir.resolve("target/generated-sources/api-errors/com/example/apierrors");
        assertThat(sources.resolve("ApiErrorsFeignErrorDecoder.java")).isRegularFile();
        assertThat(sources.resolve("ApiErrorsResponseInterceptor.java")).isRegularFile();
        assertThat(sources.resolve("ApiErrorsWebClientFilter.java")).doesNotExist();
    }

    @Test
    void anUnknownClientLibraryIsAConfigurationError() {
        set("clientLibraries", List.of("okhttp-gson"));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure).hasMessageStartingWith("invalid configuration: client library 'okhttp-gson' is not one of"
                + " native, restclient, resttemplate, spring-http-interface, webclient, feign, spring-cloud, microprofile");
    }

    private static Xpp3Dom configuration(String enrichedSpec) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom parameter = new Xpp3Dom("enrichedSpec");
        parameter.setValue(enrichedSpec);
        configuration.addChild(parameter);
        return configuration;
    }

    private static MojoExecution execution() {
        return execution("default");
    }

    private static MojoExecution execution(String id) {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.apierrors");
        plugin.setArtifactId("api-errors-maven-plugin");
        plugin.setVersion("1.0");
        MojoDescriptor goal = new MojoDescriptor();
        goal.setPluginDescriptor(plugin);
        goal.setGoal("generate");
        return new MojoExecution(goal, id);
    }

    private void set(String name, Object value) {
        try {
            Field field = MojoFields.find(GenerateMojo.class, name);
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
