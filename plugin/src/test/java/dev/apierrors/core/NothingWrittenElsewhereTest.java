package dev.apierrors.core;

import dev.apierrors.view.Framework;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * No name from the description or the configuration makes the plugin write outside the output
 * directory and the enriched description's folder.
 */
class NothingWrittenElsewhereTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Framework.class)
    void hostileNamesInTheDescriptionStayInsideTheOutputs(Framework framework) throws Exception {
        Path spec = Files.copy(resource("hostile/names.yaml"), Files.createDirectories(work.resolve("src"))
                .resolve("openapi.yaml"));

        new ApiErrorsGenerator().generate(request(spec, "com.example.errors", framework), BuildLog.silent());

        assertThat(files()).allSatisfy(file -> assertThat(file).matches(
                "src/openapi\\.yaml|out/api-errors/openapi\\.yaml|out/java/com/example/errors/[A-Za-z]+\\.java"
                        + "|out/state/.*"));
        assertThat(files()).contains("out/java/com/example/errors/OperationErrors.java");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "com.example..evil", "/etc", "com/../../evil", "C:\\evil", "com.con", "com.nul\0x"})
    void basePackageThatIsNoPackageWritesNothingEvenWhenTheConfigurationCheckWasSkipped(String basePackage)
            throws IOException {
        Path spec = Files.writeString(Files.createDirectories(work.resolve("src")).resolve("openapi.yaml"),
                "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");

        ApiErrorsException failure = catchThrowableOfType(ApiErrorsException.class, () -> new ApiErrorsGenerator()
                .generate(request(spec, basePackage, Framework.NONE), BuildLog.silent()));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("refusing to write '");
        assertThat(files()).containsExactly("src/openapi.yaml");
        assertThat(work.getParent().resolve("evil")).doesNotExist();
    }

    private GenerationRequest request(Path spec, String basePackage, Framework framework) {
        return new GenerationRequest(new FileResource(spec), work.resolve("out/api-errors/openapi.yaml"),
                work.resolve("out/java"), basePackage, framework, EnrichmentOptions.defaults(), null,
                work.resolve("out/state"), false);
    }

    private List<String> files() {
        try (Stream<Path> walk = Files.walk(work)) {
            return walk.filter(Files::isRegularFile).map(file -> work.relativize(file).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NothingWrittenElsewhereTest.class.getResource("/" + name).toURI());
    }
}
