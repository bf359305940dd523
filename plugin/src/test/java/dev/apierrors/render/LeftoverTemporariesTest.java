package dev.apierrors.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverTemporariesTest {

    @TempDir
    Path dir;

    @Test
    void removesTheTemporaryFilesOfTheOutputsAndNoOthers() throws IOException {
        Path java = Files.createDirectories(dir.resolve("java/com/example"));
        String uuid = UUID.randomUUID().toString();
        Path ofA = Files.writeString(java.resolve(".A.java." + uuid + ".tmp"), "half of A");
        Path ofSpec = Files.writeString(dir.resolve(".openapi.yaml." + UUID.randomUUID() + ".tmp"), "half");
        List<Path> kept = List.of(
                Files.writeString(java.resolve("A.java"), "A"),
                Files.writeString(java.resolve(".Other.java." + uuid + ".tmp"), "not an output's"),
                Files.writeString(java.resolve(".A.java.tmp"), "no uuid"),
                Files.writeString(java.resolve(".A.java." + uuid.toUpperCase() + ".tmp"), "not ours"),
                Files.writeString(java.resolve("A.java." + uuid + ".tmp"), "not hidden"),
                Files.writeString(java.resolve(".A.java." + uuid + ".tmp.bak"), "another suffix"),
                Files.writeString(dir.resolve(".notes.txt." + uuid + ".tmp"), "beside the description"));

        List<Path> removed = LeftoverTemporaries.remove(List.of(java.resolve("A.java"), java.resolve("B.java"),
                dir.resolve("openapi.yaml"), dir.resolve("missing/C.java")));

        assertThat(removed).containsExactlyInAnyOrder(ofA, ofSpec);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactlyInAnyOrderElementsOf(kept);
        }
    }

    @Test
    void aTemporaryNameIsRecognisedAsItsFiles() {
        Path name = AtomicFiles.temporaryBeside(dir.resolve("Some.File.java")).getFileName();

        assertThat(AtomicFiles.isTemporaryOf(name.toString(), "Some.File.java")).isTrue();
        assertThat(AtomicFiles.isTemporaryOf(name.toString(), "File.java")).isFalse();
    }
}
