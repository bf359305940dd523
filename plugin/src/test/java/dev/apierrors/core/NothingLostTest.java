package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A failed build leaves the outputs of the last good one as they were, byte for byte, and no
 * temporary file behind: good run, then bad run, then compare.
 */
class NothingLostTest {

    private static final String GOOD = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths:\n  /pets/{id}:\n"
            + "    get:\n      operationId: getPet\n      parameters:\n        - {name: id, in: path, required: true,"
            + " schema: {type: string}}\n      responses:\n        '200': {description: OK}\n";

    @TempDir
    Path work;

    private Path spec;
    private Map<String, byte[]> before;

    @BeforeEach
    void goodRun() throws IOException {
        spec = Files.writeString(Files.createDirectories(work.resolve("src")).resolve("openapi.yaml"), GOOD);
        new ApiErrorsGenerator().generate(request(EnrichmentOptions.defaults(), null), BuildLog.silent());
        before = outputs();
        assertThat(before).containsKey("api-errors/openapi.yaml")
                .containsKey("java/com/example/errors/NotFoundException.java")
                .containsKey("java/com/example/errors/ApiErrorsExceptionHandler.java");
    }

    @Test
    void badDescriptionLeavesTheOutputsAsTheyWere() throws IOException {
        Files.writeString(spec, GOOD.replace("    get:\n", "    get:\n   broken: indentation\n"));

        assertFailsAndKeepsOutputs(request(EnrichmentOptions.defaults(), null));
    }

    @Test
    void unusableDescriptionLeavesTheOutputsAsTheyWere() throws IOException {
        Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths: 42\n");

        assertFailsAndKeepsOutputs(request(EnrichmentOptions.defaults(), null));
    }

    @Test
    void templateErrorLeavesTheOutputsAsTheyWere() throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("statusException.mustache"), "package {{packageName}};\n{{#unclosed}}\n");
        Files.writeString(spec, GOOD.replace("getPet", "readPet"));

        assertFailsAndKeepsOutputs(request(EnrichmentOptions.defaults(), templates));
    }

    @Test
    void nameClashLeavesTheOutputsAsTheyWere() throws IOException {
        Files.writeString(spec, GOOD + "components:\n  schemas:\n    ApiError:\n      type: string\n");

        assertFailsAndKeepsOutputs(request(EnrichmentOptions.defaults(), null));
    }

    @Test
    void javaNameClashLeavesTheOutputsAsTheyWere() {
        EnrichmentOptions clashing = EnrichmentOptions.defaults()
                .withNames(new ComponentNames("NotFoundException", "ApiValidationError", "ApiError"));

        assertFailsAndKeepsOutputs(request(clashing, null));
    }

    /**
     * A failure while the outputs move into place (a file that cannot be replaced: locked, or a
     * folder in its place) after others were already replaced: they get their old content back,
     * so the sources are those of the last good build, which compile together.
     */
    @Test
    void fileThatCannotBeReplacedLeavesEveryOutputAsItWas() throws IOException {
        Path blocked = work.resolve("out/java/com/example/errors/NotFoundException.java");
        Files.delete(blocked);
        Files.writeString(Files.createDirectories(blocked).resolve("keep"), "in the way");
        before = outputs();
        EnrichmentOptions renamed = EnrichmentOptions.defaults()
                .withNames(new ComponentNames(ComponentNames.DEFAULT_ERROR_SCHEMA, "VErr",
                ComponentNames.DEFAULT_RESPONSE_PREFIX));

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> new ApiErrorsGenerator().generate(request(renamed, null), BuildLog.silent()));

        assertThat(failure).isNotNull().hasMessage("cannot write the outputs: " + blocked
                + ": a directory stands where the file goes; every output is as it was before the build");
        Map<String, byte[]> after = outputs();
        after.keySet().removeIf(path -> path.startsWith("state/"));
        before.keySet().removeIf(path -> path.startsWith("state/"));
        assertThat(after.keySet()).as("the same files, and no temporary ones").isEqualTo(before.keySet());
        assertThat(after).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    /**
     * A build killed while writing leaves {@code .<name>.<uuid>.tmp} beside the outputs; the next
     * build removes those of the files this execution writes or wrote (the old package's too), and
     * no file that only looks alike.
     */
    @Test
    void leftoversOfAnInterruptedBuildAreRemovedAndNoOtherFile() throws IOException {
        Path errors = work.resolve("out/java/com/example/errors");
        List<Path> leftovers = List.of(
                Files.writeString(errors.resolve(".NotFoundException.java." + UUID.randomUUID() + ".tmp"), "half"),
                Files.writeString(work.resolve("out/api-errors/.openapi.yaml." + UUID.randomUUID() + ".tmp"), "half"));
        List<Path> others = List.of(
                Files.writeString(errors.resolve(".Notes.java." + UUID.randomUUID() + ".tmp"), "mine"),
                Files.writeString(errors.resolve(".NotFoundException.java.tmp"), "mine"),
                Files.writeString(work.resolve("src/.openapi.yaml." + UUID.randomUUID() + ".tmp"), "mine"));
        GenerationRequest otherPackage = new GenerationRequest(new FileResource(spec),
                work.resolve("out/api-errors/openapi.yaml"), work.resolve("out/java"), "com.example.other",
                Framework.SPRING, EnrichmentOptions.defaults(), null, work.resolve("out/state"), false);

        new ApiErrorsGenerator().generate(otherPackage, BuildLog.silent());

        assertThat(leftovers).allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(others).allSatisfy(file -> assertThat(file).isRegularFile());
        assertThat(outputs().keySet()).filteredOn(path -> path.endsWith(".tmp"))
                .as("no temporary file of the outputs is left").containsExactlyInAnyOrder(
                        "java/com/example/errors/.NotFoundException.java.tmp",
                        "java/com/example/errors/" + others.get(0).getFileName());
    }

    private void assertFailsAndKeepsOutputs(GenerationRequest request) {
        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> new ApiErrorsGenerator().generate(request, BuildLog.silent()));

        assertThat(failure).as("the run failed with the plugin's error").isNotNull();
        Map<String, byte[]> after = outputs();
        assertThat(after.keySet()).as("the same files, and no temporary ones").isEqualTo(before.keySet());
        assertThat(after).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    private GenerationRequest request(EnrichmentOptions enrichment, Path templates) {
        return new GenerationRequest(new FileResource(spec), work.resolve("out/api-errors/openapi.yaml"),
                work.resolve("out/java"), "com.example.errors", Framework.SPRING, enrichment, templates,
                work.resolve("out/state"), false);
    }

    /** Every file under the output folders, hidden and temporary ones included. */
    private Map<String, byte[]> outputs() {
        Path out = work.resolve("out");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
