package dev.apierrors.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writes_new_content_and_leaves_no_temporary_file() throws Exception {
        Path target = dir.resolve("a/b/File.java");

        assertThat(AtomicFiles.write(target, "one\n".getBytes())).isTrue();
        assertThat(AtomicFiles.write(target, "two\n".getBytes())).isTrue();

        assertThat(target).hasContent("two");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void the_same_content_is_not_written_again() throws Exception {
        Path target = dir.resolve("File.java");
        AtomicFiles.write(target, "one\n".getBytes());
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(target).toMillis() - 60_000);
        Files.setLastModifiedTime(target, old);

        assertThat(AtomicFiles.write(target, "one\n".getBytes())).isFalse();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(old);
    }

    @Test
    void outputs_get_the_permissions_of_any_new_file() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("written.txt");
        AtomicFiles.write(written, "x".getBytes());

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
