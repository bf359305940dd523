package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InPlaceWriterTest {

    @TempDir
    Path folder;

    private Path file(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static InPlaceWriter.Change change(Path file, String before, String after) {
        return new InPlaceWriter.Change(file, before.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyFileGetsItsNewContentAndNoTemporaryFileStays() throws IOException {
        Path a = file("a.yaml", "a: 1\n");
        Path b = file("sub/b.yaml", "b: 1\n");

        new InPlaceWriter().write(List.of(change(a, "a: 1\n", "a: 2\n"), change(b, "b: 1\n", "b: 2\n")));

        assertThat(a).hasContent("a: 2");
        assertThat(b).hasContent("b: 2");
        assertThat(allFiles()).containsExactly(a, b);
    }

    @Test
    void whenOneMoveFailsTheFilesAlreadyMovedGetTheirOldContentBack() throws IOException {
        Path a = file("a.yaml", "a: 1\n");
        Path b = file("b.yaml", "b: 1\n");
        int[] moves = {0};
        InPlaceWriter failingSecondMove = new InPlaceWriter(staged -> {
            if (++moves[0] == 2) {
                throw new IOException("disk full");
            }
            AtomicFiles.commit(staged);
        });

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> failingSecondMove.write(
                List.of(change(a, "a: 1\n", "a: 2\n"), change(b, "b: 1\n", "b: 2\n"))));

        assertThat(failure).hasMessageContaining("disk full").hasMessageEndingWith("; no file was changed");
        assertThat(a).as("the first file was moved, then restored").hasContent("a: 1");
        assertThat(b).hasContent("b: 1");
        assertThat(allFiles()).as("no temporary file stays").containsExactly(a, b);
    }

    @Test
    void aFileEditedSinceItWasReadStopsEveryWrite() throws IOException {
        Path a = file("a.yaml", "a: 1\n");
        Path b = file("b.yaml", "b: edited meanwhile\n");

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> new InPlaceWriter().write(
                List.of(change(a, "a: 1\n", "a: 2\n"), change(b, "b: 1\n", "b: 2\n"))));

        assertThat(failure).hasMessage(b + " changed while the goal ran: nothing was written; run the goal again");
        assertThat(a).hasContent("a: 1");
        assertThat(b).hasContent("b: edited meanwhile");
        assertThat(allFiles()).containsExactly(a, b);
    }

    @Test
    void aNewFileIsCreatedAndRemovedAgainWhenALaterMoveFails() throws IOException {
        Path a = file("a.yaml", "a: 1\n");
        Path created = folder.resolve("common/errors.yaml");
        InPlaceWriter.Change create = new InPlaceWriter.Change(created, null, "e: 1\n".getBytes(StandardCharsets.UTF_8));
        int[] moves = {0};
        InPlaceWriter failingSecondMove = new InPlaceWriter(staged -> {
            if (++moves[0] == 2) {
                throw new IOException("disk full");
            }
            AtomicFiles.commit(staged);
        });

        catchThrowableOfType(ApiErrorsException.class, () -> failingSecondMove.write(
                List.of(create, change(a, "a: 1\n", "a: 2\n"))));

        assertThat(created).as("created, then removed").doesNotExist();
        assertThat(a).hasContent("a: 1");

        new InPlaceWriter().write(List.of(create));
        assertThat(created).hasContent("e: 1");
        ApiErrorsException exists = catchThrowableOfType(ApiErrorsException.class,
                () -> new InPlaceWriter().write(List.of(create)));
        assertThat(exists).as("a new file that exists by now is not overwritten").hasMessageContaining("changed while");
    }
}
