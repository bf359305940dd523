package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .hasMessageStartingWith("cannot write the outputs: ");

        assertThat(dir.resolve("java/com/example/A.java")).as("written before the failure, not put in place")
                .hasContent("A one");
        assertThat(dir.resolve("java/com/example/B.java")).hasContent("B one");
        assertThat(files()).containsExactly("blocked", "java/com/example/A.java", "java/com/example/B.java",
                "spec/openapi.yaml");
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
