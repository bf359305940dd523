package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class OutputWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryOutputAndNoTemporaryFile() throws IOException {
        new OutputWriter().write(dir.resolve("spec/openapi.yaml"), bytes("spec 1"), dir.resolve("java"),
                sources("one"));

        assertThat(dir.resolve("spec/openapi.yaml")).hasContent("spec 1");
        assertThat(dir.resolve("java/com/example/A.java")).hasContent("A one");
        assertThat(dir.resolve("java/com/example/B.java")).hasContent("B one");
        assertThat(files()).containsExactly("java/com/example/A.java", "java/com/example/B.java", "spec/openapi.yaml");
    }

    @Test
    void failureWhileWritingLeavesThePreviousOutputsAndNoTemporaryFile() throws IOException {
        new OutputWriter().write(dir.resolve("spec/openapi.yaml"), bytes("spec 1"), dir.resolve("java"),
                sources("one"));
        // the enriched description's new folder cannot be created: a file has its name
        Files.writeString(dir.resolve("blocked"), "a file, not a folder");

        assertThatThrownBy(() -> new OutputWriter().write(dir.resolve("blocked/openapi.yaml"), bytes("spec 2"),
                dir.resolve("java"), sources("two")))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageStartingWith("cannot write the outputs: ")
                .hasMessageContaining(dir.resolve("blocked") + ": not a directory")
                .hasMessageEndingWith("; no output was changed");

        assertThat(dir.resolve("java/com/example/A.java")).as("written before the failure, not put in place")
                .hasContent("A one");
        assertThat(dir.resolve("java/com/example/B.java")).hasContent("B one");
        assertThat(files()).containsExactly("blocked", "java/com/example/A.java", "java/com/example/B.java",
                "spec/openapi.yaml");
    }

    /**
     * The commit fails on each file in turn, a replaced one, a new one, the enriched description
     * and a removal: every time, every output is as it was, byte for byte, and no temporary file
     * is left.
     */
    @Test
    void failureOfAnyMoveIntoPlaceLeavesEveryOutputAsItWas() throws IOException {
        int moves = 0;
        for (int failing = 0; ; failing++) {
            Path run = Files.createDirectories(dir.resolve("run" + failing));
            new OutputWriter().write(run.resolve("spec/openapi.yaml"), bytes("spec 1"), run.resolve("java"),
                    sources("one", "com/example/Old.java"));
            Map<String, String> before = contents(run);
            int[] count = {0};
            int fail = failing;
            OutputWriter writer = new OutputWriter((from, to) -> {
                if (count[0]++ == fail) {
                    throw new FileSystemException(to.toString(), null, "No space left on device");
                }
                AtomicFiles.move(from, to);
            });
            GeneratedFiles next = sources("two", "com/example/New.java");
            List<Path> stale = List.of(run.resolve("java/com/example/Old.java"));

            Throwable failure = catchThrowable(() -> writer.write(run.resolve("spec/openapi.yaml"), bytes("spec 2"),
                    run.resolve("java"), next, stale));

            if (failure == null) {
                moves = count[0];
                assertThat(contents(run)).containsEntry("java/com/example/New.java", "New two")
                        .containsEntry("spec/openapi.yaml", "spec 2").doesNotContainKey("java/com/example/Old.java");
                break;
            }
            assertThat(failure).isInstanceOf(ApiErrorsException.class)
                    .hasMessageContaining(": No space left on device")
                    .hasMessageEndingWith("; every output is as it was before the build");
            assertThat(contents(run)).as("after a failure of move %d", failing).isEqualTo(before);
        }
        assertThat(moves).as("A, B, New, the description, the removal of Old").isEqualTo(5);
    }

    @Test
    void aReplacedFileGetsItsOldContentBackUnderItsOwnName() throws IOException {
        new OutputWriter().write(dir.resolve("openapi.yaml"), bytes("spec 1"), dir.resolve("java"), sources("one"));
        Path a = dir.resolve("java/com/example/A.java");
        Object before = Files.readAttributes(a, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        OutputWriter failingOnB = new OutputWriter((from, to) -> {
            if (to.endsWith("B.java")) {
                throw new AccessDeniedException(to.toString());
            }
            AtomicFiles.move(from, to);
        });

        assertThatThrownBy(() -> failingOnB.write(dir.resolve("openapi.yaml"), bytes("spec 2"), dir.resolve("java"),
                sources("two"))).hasMessageContaining(dir.resolve("java/com/example/B.java") + ": permission denied");

        assertThat(a).hasContent("A one");
        assertThat(Files.readAttributes(a, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the very file, not a copy").isEqualTo(before);
    }

    @Test
    void whenEvenPuttingBackFailsTheMessageNamesTheFilesTheNextBuildWritesAgain() throws IOException {
        new OutputWriter().write(dir.resolve("openapi.yaml"), bytes("spec 1"), dir.resolve("java"), sources("one"));
        int[] moves = {0};
        OutputWriter diskGone = new OutputWriter((from, to) -> {
            if (moves[0]++ >= 1) {
                throw new FileSystemException(to.toString(), null, "Input/output error");
            }
            AtomicFiles.move(from, to);
        });

        assertThatThrownBy(() -> diskGone.write(dir.resolve("openapi.yaml"), bytes("spec 2"), dir.resolve("java"),
                sources("two")))
                .hasMessageContaining(dir.resolve("java/com/example/B.java") + ": Input/output error")
                .hasMessageEndingWith("; these outputs could not be given their old content back, and the next build"
                        + " writes them again: " + dir.resolve("java/com/example/A.java"));

        assertThat(dir.resolve("java/com/example/A.java")).as("moved, not put back").hasContent("A two");
        assertThat(files()).as("no temporary file left").containsExactly("java/com/example/A.java",
                "java/com/example/B.java", "openapi.yaml");
    }

    private static GeneratedFiles sources(String version, String extra) {
        GeneratedFiles files = sources(version);
        String name = extra.substring(extra.lastIndexOf('/') + 1, extra.length() - ".java".length());
        files.add(extra, bytes(name + " " + version));
        return files;
    }

    /** Every file under {@code root}, hidden and temporary ones included, with its content. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static GeneratedFiles sources(String version) {
        GeneratedFiles files = new GeneratedFiles();
        files.add("com/example/A.java", bytes("A " + version));
        files.add("com/example/B.java", bytes("B " + version));
        return files;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
    }
}
