package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.incremental.TestProjects;
import dev.apierrors.load.ClasspathResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole runs of the pipeline, from the description on disk or in a jar to the outputs. */
class IncrementalGenerationTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private final BuildLog buildLog = new BuildLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public synchronized void info(String message) {
            log.add(message);
        }

        @Override
        public synchronized void warn(String message) {
            log.add("WARN " + message);
        }
    };

    @Test
    void the_second_run_skips_and_touches_nothing() throws Exception {
        GenerationRequest request = TestRequests.request(TestProjects.create(dir));
        GenerationResult first = new ApiErrorsGenerator().generate(request, buildLog);
        FileTime written = Files.getLastModifiedTime(request.enrichedSpec());
        Files.setLastModifiedTime(request.enrichedSpec(), FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime backdated = Files.getLastModifiedTime(request.enrichedSpec());
        log.clear();

        GenerationResult second = new ApiErrorsGenerator().generate(request, buildLog);

        assertThat(first.skipped()).isFalse();
        assertThat(second.skipped()).isTrue();
        assertThat(second.report()).isNull();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).startsWith("api-errors: skipped generation, outputs up to date: the description (2 files)");
        assertThat(Files.getLastModifiedTime(request.enrichedSpec())).as("not written again").isEqualTo(backdated);
    }

    @Test
    void a_change_in_a_referenced_file_shows_in_the_regenerated_output() throws Exception {
        GenerationRequest request = TestRequests.request(TestProjects.create(dir));
        new ApiErrorsGenerator().generate(request, buildLog);
        TestProjects.write(dir.resolve("spec/schemas.yaml"), TestProjects.SCHEMAS + "  description: a very good pet\n");
        log.clear();

        GenerationResult second = new ApiErrorsGenerator().generate(request, buildLog);

        assertThat(second.skipped()).isFalse();
        assertThat(log.get(0)).isEqualTo("api-errors: generating: " + dir.resolve("spec/schemas.yaml").toAbsolutePath() + " changed");
        assertThat(Files.readString(request.enrichedSpec())).contains("a very good pet");
    }

    @Test
    void a_failed_build_leaves_the_previous_outputs_and_is_not_skipped_next_time() throws Exception {
        GenerationRequest request = TestRequests.request(TestProjects.create(dir));
        new ApiErrorsGenerator().generate(request, buildLog);
        byte[] before = Files.readAllBytes(request.enrichedSpec());
        TestProjects.write(dir.resolve("spec/schemas.yaml"), "Pet: [unclosed\n");

        for (int run = 0; run < 2; run++) {
            try {
                new ApiErrorsGenerator().generate(request, buildLog);
                throw new AssertionError("a broken description must fail the build, every time");
            } catch (ApiErrorsException expected) {
                assertThat(expected.getMessage()).contains("schemas.yaml");
            }
        }
        assertThat(Files.readAllBytes(request.enrichedSpec())).isEqualTo(before);

        TestProjects.write(dir.resolve("spec/schemas.yaml"), TestProjects.SCHEMAS);
        log.clear();
        assertThat(new ApiErrorsGenerator().generate(request, buildLog).skipped())
                .as("back to the inputs of the last good build, whose outputs are in place").isTrue();
    }

    @Test
    void a_changed_user_template_regenerates_with_it() throws Exception {
        TestProjects.create(dir);
        Path templates = dir.resolve("templates");
        TestProjects.write(templates.resolve("fileHeader.mustache"), "// Ours, first edition\n");
        GenerationRequest base = TestRequests.request(dir);
        GenerationRequest request = new GenerationRequest(base.inputSpec(), base.enrichedSpec(), base.outputDirectory(),
                base.basePackage(), base.framework(), base.enrichment(), templates, base.workDirectory(), false);
        Path apiError = request.outputDirectory().resolve("com/example/errors/ApiError.java");

        new ApiErrorsGenerator().generate(request, buildLog);
        assertThat(Files.readString(apiError)).startsWith("// Ours, first edition");
        assertThat(new ApiErrorsGenerator().generate(request, buildLog).skipped()).isTrue();
        TestProjects.write(templates.resolve("fileHeader.mustache"), "// Ours, second edition\n");
        log.clear();
        GenerationResult third = new ApiErrorsGenerator().generate(request, buildLog);

        assertThat(third.skipped()).isFalse();
        assertThat(log.get(0)).isEqualTo("api-errors: generating: template user:fileHeader.mustache changed");
        assertThat(Files.readString(apiError)).startsWith("// Ours, second edition");
    }

    @Test
    void line_endings_of_the_input_stay_in_the_enriched_description_and_do_not_change_the_sources() throws Exception {
        Path unix = TestProjects.create(dir.resolve("unix"));
        Path windows = dir.resolve("windows");
        TestProjects.write(windows.resolve("spec/openapi.yaml"), TestProjects.MAIN.replace("\n", "\r\n"));
        TestProjects.write(windows.resolve("spec/schemas.yaml"), TestProjects.SCHEMAS.replace("\n", "\r\n"));

        new ApiErrorsGenerator().generate(TestRequests.request(unix), buildLog);
        new ApiErrorsGenerator().generate(TestRequests.request(windows), buildLog);

        String fromUnix = Files.readString(TestRequests.request(unix).enrichedSpec(), StandardCharsets.UTF_8);
        assertThat(fromUnix).doesNotContain("\r");
        assertThat(Files.readString(TestRequests.request(windows).enrichedSpec(), StandardCharsets.UTF_8))
                .as("the author's text with the additions, in the author's line breaks")
                .isEqualTo(fromUnix.replace("\n", "\r\n"));
        Path unixSources = TestRequests.request(unix).outputDirectory();
        Path windowsSources = TestRequests.request(windows).outputDirectory();
        List<Path> generated;
        try (var files = Files.walk(unixSources)) {
            generated = files.filter(Files::isRegularFile).toList();
        }
        assertThat(generated).isNotEmpty();
        for (Path file : generated) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(Files.readAllBytes(windowsSources.resolve(unixSources.relativize(file)))).as("%s", file).isEqualTo(bytes);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as("%s", file).doesNotContain("\r");
        }
    }

    @Test
    void a_description_in_a_jar_with_relative_references_is_generated_then_skipped_then_regenerated() throws Exception {
        Path jar = apiJar(dir.resolve("api.jar"), "the pet");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            GenerationRequest request = TestRequests.request(dir.resolve("client"),
                    new ClasspathResource(loader, "api/openapi.yaml"));

            GenerationResult first = new ApiErrorsGenerator().generate(request, buildLog);
            GenerationResult second = new ApiErrorsGenerator().generate(request, buildLog);
            apiJar(jar, "the rebuilt pet");
            log.clear();
            GenerationResult third = new ApiErrorsGenerator().generate(request, buildLog);

            assertThat(first.skipped()).isFalse();
            assertThat(second.skipped()).isTrue();
            assertThat(third.skipped()).as("the jar was rebuilt with another referenced file").isFalse();
            assertThat(log.get(0)).isEqualTo("api-errors: generating: classpath:api/schemas/pet.yaml changed");
            assertThat(Files.readString(request.enrichedSpec())).contains("the rebuilt pet").contains("ApiErrorNotFound");
            assertThat(request.outputDirectory().resolve("com/example/errors/OperationErrors.java")).exists();
        }
    }

    @Test
    void parallel_builds_sharing_one_class_loader_give_what_serial_builds_give() throws Exception {
        Path jar = apiJar(dir.resolve("api.jar"), "the pet");
        int modules = 6;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            GenerationRequest serial = TestRequests.request(dir.resolve("serial"), new ClasspathResource(loader, "api/openapi.yaml"));
            new ApiErrorsGenerator().generate(serial, BuildLog.silent());
            byte[] expected = Files.readAllBytes(serial.enrichedSpec());

            ExecutorService pool = Executors.newFixedThreadPool(modules);
            try {
                for (int round = 0; round < 2; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<GenerationResult>> results = new ArrayList<>();
                    for (int m = 0; m < modules; m++) {
                        GenerationRequest request = TestRequests.request(dir.resolve("module" + m),
                                new ClasspathResource(loader, "api/openapi.yaml"));
                        Callable<GenerationResult> build = () -> {
                            start.await();
                            return new ApiErrorsGenerator().generate(request, BuildLog.silent());
                        };
                        results.add(pool.submit(build));
                    }
                    start.countDown();
                    Set<Boolean> skipped = new HashSet<>();
                    for (Future<GenerationResult> result : results) {
                        skipped.add(result.get(60, TimeUnit.SECONDS).skipped());
                    }
                    assertThat(skipped).as("round %d: every module alike", round).containsExactly(round == 1);
                }
            } finally {
                pool.shutdownNow();
            }
            Map<Path, byte[]> expectedSources = contents(serial.outputDirectory());
            assertThat(expectedSources).isNotEmpty();
            for (int m = 0; m < modules; m++) {
                GenerationRequest module = TestRequests.request(dir.resolve("module" + m));
                assertThat(Files.readAllBytes(module.enrichedSpec())).as("module %d", m).isEqualTo(expected);
                Map<Path, byte[]> sources = contents(module.outputDirectory());
                assertThat(sources.keySet()).as("module %d", m).isEqualTo(expectedSources.keySet());
                for (Map.Entry<Path, byte[]> file : sources.entrySet()) {
                    assertThat(file.getValue()).as("module %d: %s", m, file.getKey())
                            .isEqualTo(expectedSources.get(file.getKey()));
                }
            }
        }
    }

    private static Map<Path, byte[]> contents(Path folder) throws Exception {
        Map<Path, byte[]> contents = new TreeMap<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    /** A jar as an API module publishes it: the description and a file it references, in folders. */
    private static Path apiJar(Path jar, String petDescription) throws Exception {
        String main = TestProjects.MAIN.replace("'schemas.yaml#/Pet'", "'schemas/pet.yaml#/Pet'");
        String pet = TestProjects.SCHEMAS + "  description: " + petDescription + "\n";
        Path temporary = Files.createTempFile(jar.getParent(), "api", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary))) {
            for (String[] entry : new String[][] {{"api/", null}, {"api/openapi.yaml", main},
                    {"api/schemas/", null}, {"api/schemas/pet.yaml", pet}}) {
                out.putNextEntry(new JarEntry(entry[0]));
                if (entry[1] != null) {
                    out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        Files.move(temporary, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return jar;
    }
}
