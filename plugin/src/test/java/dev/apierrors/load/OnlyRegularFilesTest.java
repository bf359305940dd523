package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Only regular files are read: a pipe, a socket, a device, a kernel file, a folder, a dangling or
 * looping symbolic link, named as the description or by a {@code $ref}, fails at once with the
 * file and what it is. Opening a pipe or reading a device would block or never end, so every test
 * runs on a thread of its own that is abandoned, failing the test, if it does not finish in time.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OnlyRegularFilesTest {

    private static final String MAIN = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
            + "components:\n  schemas:\n    Pet: {$ref: 'pet.yaml'}\n";

    @TempDir
    Path work;

    @Test
    void namedPipeAsTheDescriptionIsRefusedWithoutBeingOpened() throws Exception {
        Path pipe = fifo(work.resolve("openapi.yaml"));

        assertThat(failure(pipe)).hasMessage(pipe + " is a named pipe (FIFO), not an OpenAPI description file;"
                + " only regular files are read");
    }

    @Test
    void namedPipeNamedByARefIsRefusedWithoutBeingOpened() throws Exception {
        Path main = Files.writeString(work.resolve("openapi.yaml"), MAIN);
        Path pipe = fifo(work.resolve("pet.yaml"));

        assertThat(failure(main)).hasMessage(pipe + " is a named pipe (FIFO), not an OpenAPI description file;"
                + " only regular files are read (referenced at components.schemas.Pet of " + main + ")");
    }

    @Test
    void namedPipeNamedByARefOfASwagger2DescriptionIsRefusedWithoutBeingOpened() throws Exception {
        Path main = Files.writeString(work.resolve("swagger.yaml"), "swagger: '2.0'\ninfo: {title: t, version: '1'}\n"
                + "paths: {}\ndefinitions:\n  Pet: {$ref: 'pet.yaml'}\n");
        Path pipe = fifo(work.resolve("pet.yaml"));

        assertThat(failure(main)).hasMessageStartingWith(pipe + " is a named pipe (FIFO), not an OpenAPI description"
                + " file; only regular files are read (referenced by $ref 'pet.yaml'");
    }

    @Test
    void symbolicLinkToANamedPipeSaysWhereItLeads() throws Exception {
        Path pipe = fifo(work.resolve("pipe"));
        Path link = Files.createSymbolicLink(work.resolve("openapi.yaml"), pipe);

        assertThat(failure(link)).hasMessage(link + " is a symbolic link to " + pipe.toRealPath()
                + ", a named pipe (FIFO), not an OpenAPI description file; only regular files are read");
    }

    @Test
    void socketIsRefused() throws IOException {
        Path socket = work.resolve("openapi.yaml");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThat(failure(socket)).hasMessage(socket + " is a socket, not an OpenAPI description file;"
                    + " only regular files are read");
        }
    }

    @Test
    void endlessCharacterDeviceNamedByARefIsRefused() throws IOException {
        assumeThat(Path.of("/dev/zero")).exists();
        Path main = Files.writeString(work.resolve("openapi.yaml"), MAIN);
        Path link = Files.createSymbolicLink(work.resolve("pet.yaml"), Path.of("/dev/zero"));

        assertThat(failure(main)).hasMessage(link + " is a symbolic link to /dev/zero, a character device, not an"
                + " OpenAPI description file; only regular files are read (referenced at components.schemas.Pet of "
                + main + ")");
    }

    @Test
    void randomDeviceAsTheDescriptionIsRefused() {
        Path random = Path.of("/dev/urandom");
        assumeThat(random).exists();

        assertThat(failure(random)).hasMessage("/dev/urandom is a character device, not an OpenAPI description"
                + " file; only regular files are read");
    }

    @Test
    void fileOfTheKernelIsRefusedThoughItLooksRegular() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeThat(status).isRegularFile();
        Path main = Files.writeString(work.resolve("openapi.yaml"), MAIN);
        Path link = Files.createSymbolicLink(work.resolve("pet.yaml"), status);

        assertThat(failure(main)).hasMessageStartingWith(link + " is a symbolic link to /proc/")
                .hasMessageContaining("a file of the kernel's proc file system, not an OpenAPI description file;"
                        + " only regular files are read (referenced at components.schemas.Pet");
    }

    @Test
    void fileOfSysfsIsRefused() {
        Path file = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        assumeThat(file).isRegularFile();

        assertThat(failure(file)).hasMessage(file + " is a file of the kernel's sysfs file system, not an OpenAPI"
                + " description file; only regular files are read");
    }

    @Test
    void symbolicLinkToAFolderIsNamedAsAFolder() throws IOException {
        Path folder = Files.createDirectories(work.resolve("schemas"));
        Path main = Files.writeString(work.resolve("openapi.yaml"), MAIN);
        Path link = Files.createSymbolicLink(work.resolve("pet.yaml"), folder);

        assertThat(failure(main)).hasMessage(link + " is a symbolic link to " + folder.toRealPath() + ", a folder,"
                + " not an OpenAPI description file (referenced at components.schemas.Pet of " + main + ")");
    }

    @Test
    void danglingSymbolicLinkNamesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("openapi.yaml"), Path.of("gone.yaml"));

        assertThat(failure(link)).hasMessage(link + " is a symbolic link to gone.yaml, which does not exist");
    }

    @Test
    void symbolicLinkLoopIsNamedAsALoop() throws IOException {
        Path main = Files.writeString(work.resolve("openapi.yaml"), MAIN);
        Path link = Files.createSymbolicLink(work.resolve("pet.yaml"), Path.of("other.yaml"));
        Files.createSymbolicLink(work.resolve("other.yaml"), Path.of("pet.yaml"));

        assertThat(failure(main)).hasMessageStartingWith(link + " is a symbolic link that never reaches a file:"
                + " its links lead in a loop (")
                .hasMessageEndingWith("(referenced at components.schemas.Pet of " + main + ")");
    }

    @Test
    void regularFileBehindASymbolicLinkIsRead() throws IOException {
        Path main = Files.writeString(work.resolve("openapi.yaml"), MAIN);
        Path real = Files.writeString(Files.createDirectories(work.resolve("shared")).resolve("pet.yaml"),
                "type: object\n");
        Files.createSymbolicLink(work.resolve("pet.yaml"), real);

        LoadedSpec spec = new SpecLoader().load(new FileResource(main));

        assertThat(spec.document().at("/components/schemas/Pet/type").asText()).isEqualTo("object");
    }

    private static ApiErrorsException failure(Path spec) {
        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class,
                () -> new SpecLoader().load(new FileResource(spec)));
        assertThat(failure).as("failed with the plugin's error").isNotNull();
        return failure;
    }

    /** A named pipe made with mkfifo, as a user would make one; no Java API makes one. */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is available").isNull();
            throw e;
        }
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).as("mkfifo finished").isTrue();
        assertThat(mkfifo.exitValue()).as("mkfifo succeeded: %s", new String(mkfifo.getInputStream().readAllBytes()))
                .isZero();
        return path;
    }
}
