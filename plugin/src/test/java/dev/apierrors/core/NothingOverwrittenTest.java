package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The goal never writes over what it reads, never writes among the project's own sources and never
 * hangs on a file it opens: after a good build, a run configured or fed that way fails, and every
 * file of the project (the author's description, the last good outputs, the build state) is as it
 * was, byte for byte.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NothingOverwrittenTest {

    private static final String MAIN = "openapi: 3.0.3\n# the author's comment\ninfo: {title: Pets, version: '1'}\n"
            + "paths:\n  /pets/{id}:\n    get:\n      operationId: getPet\n      parameters:\n"
            + "        - {name: id, in: path, required: true, schema: {type: string}}\n      responses:\n"
            + "        '200':\n          description: OK\n          content:\n            application/json:\n"
            + "              schema: {$ref: 'pet.yaml'}\n";

    private static final String TEAM_CONVENTION = "mediaType: application/json\nbodies:\n"
            + "  Problem: {type: object, properties: {message: {type: string}}}\nstatuses:\n"
            + "  - {code: 503, reason: Service Unavailable, description: Try later., body: Problem, retry: escalate}\n";

    @TempDir
    Path work;

    private Path spec;
    private Path pet;
    private Map<String, byte[]> before;

    @BeforeEach
    void goodRun() throws IOException {
        Path folder = Files.createDirectories(work.resolve("src/main/openapi"));
        spec = Files.writeString(folder.resolve("openapi.yaml"), MAIN);
        pet = Files.writeString(folder.resolve("pet.yaml"), "type: object\n");
        Files.createDirectories(work.resolve("src/main/java"));
        generate(request(enrichedSpec(), outputDirectory(), SourceFolders.none()));
        before = files();
        assertThat(before).containsKeys("target/api-errors/openapi.yaml", "target/java/com/example/errors/ApiError.java");
    }

    @Test
    void enrichedSpecThatIsTheDescriptionFailsBeforeAnythingIsReadOrWritten() {
        assertFailsAndKeepsEverything(request(spec, outputDirectory(), SourceFolders.none()),
                "invalid configuration: enrichedSpec " + spec + " is the description (inputSpec), which the goal"
                        + " reads; an output may not replace a file the goal reads");
    }

    @Test
    void enrichedSpecThatIsAReferencedFileThroughALinkFailsBeforeAnythingIsWritten() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("target/pet-link.yaml"), pet);
        before = files();

        assertFailsAndKeepsEverything(request(link, outputDirectory(), SourceFolders.none()),
                "invalid configuration: enrichedSpec " + link + " is " + pet + ", a file the description"
                        + " references, which the goal reads; an output may not replace a file the goal reads");
    }

    @Test
    void enrichedSpecThatIsTheConventionFileFailsBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(work.resolve("src/main/openapi/errors.yaml"), TEAM_CONVENTION);
        before = files();
        EnrichmentOptions team = EnrichmentOptions.defaults()
                .withConvention(ConventionReader.resolve("src/main/openapi/errors.yaml", work));
        GenerationRequest request = new GenerationRequest(new FileResource(spec), file, outputDirectory(),
                "com.example.errors", Framework.NONE, team, null, work.resolve("target/state"), false,
                SourceFolders.none());

        assertFailsAndKeepsEverything(request, "invalid configuration: enrichedSpec " + file + " is the convention"
                + " file (convention), which the goal reads; an output may not replace a file the goal reads");
    }

    @Test
    void outputDirectoryThatContainsTheDescriptionFailsAndDeletesNothing() {
        Path folder = work.resolve("src/main");

        assertFailsAndKeepsEverything(request(enrichedSpec(), folder, SourceFolders.none()),
                "invalid configuration: outputDirectory " + folder + " contains " + spec + ", the description"
                        + " (inputSpec), which the goal reads; generated files go to a folder of their own");
    }

    @Test
    void outputDirectoryThatIsTheSourceFolderFailsAndDeletesNothing() throws IOException {
        Path java = work.resolve("src/main/java");
        Files.writeString(java.resolve("Handwritten.java"), "class Handwritten {}\n");
        before = files();

        assertFailsAndKeepsEverything(request(enrichedSpec(), java, new SourceFolders(List.of(java), List.of())),
                "invalid configuration: outputDirectory " + java + " is a folder of the project's own sources;"
                        + " generated files go to a folder of their own (by default under target/generated-sources)");
    }

    @Test
    void namedPipeReferencedSinceTheLastBuildFailsAtOnce() throws Exception {
        Files.delete(pet);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pet.toString()).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is available").isNull();
            throw e;
        }
        assertThat(mkfifo.waitFor()).as("mkfifo made the pipe").isZero();
        before = files();

        assertFailsAndKeepsEverything(request(enrichedSpec(), outputDirectory(), SourceFolders.none()),
                pet + " is a named pipe (FIFO), not an OpenAPI description file; only regular files are read"
                        + " (referenced at paths./pets/{id}.get.responses.200.content.application/json.schema of "
                        + spec + ")");
    }

    @Test
    void handWrittenFileWithTheNameOfAGeneratedOneOutsideTheBuildDirectoryFailsTheBuild() throws IOException {
        Path folder = work.resolve("src/generated/java");
        Path handWritten = folder.resolve("com/example/errors/ApiError.java");
        Files.createDirectories(handWritten.getParent());
        Files.writeString(handWritten, "// mine\nclass ApiError {}\n");
        before = files();

        assertFailsAndKeepsEverything(request(enrichedSpec(), folder, SourceFolders.none(), false),
                handWritten + " is not a file this plugin generated, and a generated file of this name goes there;"
                        + " nothing was written. Move or rename it, choose another outputDirectory, or set force"
                        + " (api-errors.force) to write over it");

        generate(request(enrichedSpec(), folder, SourceFolders.none(), true));
        assertThat(Files.readString(handWritten)).as("force writes over it").contains("Generated by api-errors");
    }

    @Test
    void outputsOutsideTheBuildDirectoryStayThePluginsWhenItsRecordIsGone() throws IOException {
        Path folder = work.resolve("src/generated/java");
        generate(request(enrichedSpec(), folder, SourceFolders.none(), false));
        deleteFolder(work.resolve("target"));
        Files.writeString(spec, MAIN.replace("getPet", "readPet"));

        generate(request(enrichedSpec(), folder, SourceFolders.none(), false));

        assertThat(folder.resolve("com/example/errors/ApiError.java")).isRegularFile();
    }

    @Test
    void insideTheBuildDirectoryAnyFileInTheWayIsReplaced() throws IOException {
        Path restored = outputDirectory().resolve("com/example/errors/ApiError.java");
        Files.writeString(restored, "// restored by a build cache, or an earlier version's\n");
        deleteFolder(work.resolve("target/state"));

        generate(request(enrichedSpec(), outputDirectory(), SourceFolders.none(), false));

        assertThat(Files.readString(restored)).contains("Generated by api-errors");
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private GenerationRequest request(Path enrichedSpec, Path outputDirectory, SourceFolders sourceFolders,
                                      boolean force) {
        return new GenerationRequest(new FileResource(spec), enrichedSpec, outputDirectory, "com.example.errors",
                Framework.NONE, EnrichmentOptions.defaults(), null, work.resolve("target/state"), force, sourceFolders,
                work.resolve("target"), java.util.Set.of());
    }

    private void assertFailsAndKeepsEverything(GenerationRequest request, String message) {
        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> generate(request));

        assertThat(failure).as("the run failed with the plugin's error").isNotNull();
        assertThat(failure).hasMessage(message);
        Map<String, byte[]> after = files();
        assertThat(after.keySet()).as("the same files, and no temporary ones").isEqualTo(before.keySet());
        assertThat(after).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    private static void generate(GenerationRequest request) {
        new ApiErrorsGenerator().generate(request, BuildLog.silent());
    }

    private GenerationRequest request(Path enrichedSpec, Path outputDirectory, SourceFolders sourceFolders) {
        return new GenerationRequest(new FileResource(spec), enrichedSpec, outputDirectory, "com.example.errors",
                Framework.NONE, EnrichmentOptions.defaults(), null, work.resolve("target/state"), false, sourceFolders);
    }

    private Path enrichedSpec() {
        return work.resolve("target/api-errors/openapi.yaml");
    }

    private Path outputDirectory() {
        return work.resolve("target/java");
    }

    /** Every file of the project, sources, outputs and state, without following links; pipes as empty. */
    private Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path file : (Iterable<Path>) walk.filter(path -> !Files.isDirectory(path))::iterator) {
                files.put(work.relativize(file).toString().replace('\\', '/'),
                        Files.isRegularFile(file) && !Files.isSymbolicLink(file) ? Files.readAllBytes(file)
                                : new byte[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
