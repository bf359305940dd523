package dev.apierrors.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FileProblemTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderMustBeMadeIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("api-errors"), "a file");

        IOException e = catchThrowableOfType(IOException.class, () -> Files.createDirectories(file));

        assertThat(FileProblem.describe(e)).isEqualTo(file + ": not a directory (a file of this name is in the way)");
    }

    @Test
    void aFolderBelowAFileIsNotADirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("api-errors"), "a file");

        IOException e = catchThrowableOfType(IOException.class, () -> Files.createDirectories(file.resolve("sub")));

        assertThat(FileProblem.describe(e)).endsWith(": Not a directory");
    }

    @Test
    void theReasonOfTheFileSystemIsKeptAndTheTypeSpeaksWhenThereIsNone() {
        assertThat(FileProblem.describe(new FileSystemException("/o/A.java", null, "Read-only file system")))
                .isEqualTo("/o/A.java: Read-only file system");
        assertThat(FileProblem.describe(new AccessDeniedException("/o/A.java"))).isEqualTo("/o/A.java: permission denied");
        assertThat(FileProblem.describe(new NoSuchFileException("/o/A.java", "/o/B.java", null)))
                .isEqualTo("/o/A.java -> /o/B.java: no such file or directory");
        assertThat(FileProblem.describe(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }
}
