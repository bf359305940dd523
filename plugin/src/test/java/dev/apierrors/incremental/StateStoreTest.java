package dev.apierrors.incremental;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StateStoreTest {

    @TempDir
    Path work;

    private static BuildState state() {
        Fingerprint fingerprint = new Fingerprint("1.0", new TreeMap<>(Map.of("basePackage", "a.b",
                "convention text", " = : # ! \\ \\u0041 \n\r\t\f é ✓ {\"x\": [1]}", "", "empty key", "empty value", "")),
                new TreeMap<>(Map.of("default:Error.mustache", "t1")),
                List.of(new SourceDigest("file:/p/openapi.yaml", "m1", new Stamp(120, "2026-01-01T10:00:00.123456789Z")),
                        new SourceDigest("classpath:api/x.yaml", "x1", null)));
        OutputManifest manifest = new OutputManifest("../generated-sources/api-errors",
                new TreeMap<>(Map.of("a/b/Error.java", new OutputFile("e1", new Stamp(10, "2026-01-01T10:00:01Z")),
                        "a/b/Other.java", new OutputFile("o1", null))),
                "../api-errors/openapi.yaml", new OutputFile("y1", new Stamp(300, "2026-01-01T10:00:01Z")));
        return new BuildState(fingerprint, List.of(manifest));
    }

    @Test
    void a_state_reads_back_as_written() throws Exception {
        StateStore store = new StateStore(work);
        store.write(state());

        StringBuilder problem = new StringBuilder();
        assertThat(store.read(problem)).contains(state());
        assertThat(problem).isEmpty();
    }

    @Test
    void a_build_under_way_reads_back_as_incomplete() throws Exception {
        StateStore store = new StateStore(work);
        store.write(new BuildState(null, List.of(state().outputs().get(0), state().outputs().get(0))));

        Optional<BuildState> read = store.read(new StringBuilder());
        assertThat(read).isPresent();
        assertThat(read.get().complete()).isFalse();
        assertThat(read.get().outputs()).hasSize(2);
    }

    @Test
    void the_file_is_the_same_bytes_for_the_same_state() throws Exception {
        new StateStore(work.resolve("a")).write(state());
        new StateStore(work.resolve("b")).write(state());
        byte[] a = Files.readAllBytes(work.resolve("a").resolve(StateStore.FILE_NAME));
        assertThat(a).isEqualTo(Files.readAllBytes(work.resolve("b").resolve(StateStore.FILE_NAME)));
        assertThat(new String(a, StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void no_file_is_no_previous_build_and_no_problem() {
        StringBuilder problem = new StringBuilder();
        assertThat(new StateStore(work).read(problem)).isEmpty();
        assertThat(problem).isEmpty();
    }

    @Test
    void a_damaged_file_is_no_previous_build_with_the_reason() throws Exception {
        Files.writeString(work.resolve(StateStore.FILE_NAME), "format=2\nfingerprint.plugin=1.0\noutputs=0\n");
        StringBuilder problem = new StringBuilder();
        assertThat(new StateStore(work).read(problem)).isEmpty();
        assertThat(problem.toString()).contains(StateStore.FILE_NAME);

        Files.writeString(work.resolve(StateStore.FILE_NAME), "format=2\noutputs=1\n");
        problem.setLength(0);
        assertThat(new StateStore(work).read(problem)).isEmpty();
        assertThat(problem.toString()).contains("is damaged");
    }

    @Test
    void a_size_that_is_no_number_or_a_bad_escape_is_damage_not_a_failure() throws Exception {
        StateStore store = new StateStore(work);
        store.write(state());
        Path file = work.resolve(StateStore.FILE_NAME);
        String written = Files.readString(file);
        Files.writeString(file, written.replace("size=120", "size=many"));
        StringBuilder problem = new StringBuilder();
        assertThat(store.read(problem)).isEmpty();
        assertThat(problem.toString()).contains("is damaged").contains("size");

        Files.writeString(file, written + "broken=\\uZZZZ\n");
        problem.setLength(0);
        assertThat(store.read(problem)).isEmpty();
        assertThat(problem.toString()).contains("cannot be read");
    }

    @Test
    void a_file_of_another_format_is_no_previous_build() throws Exception {
        Files.writeString(work.resolve(StateStore.FILE_NAME), "format=99\n");
        StringBuilder problem = new StringBuilder();
        assertThat(new StateStore(work).read(problem)).isEmpty();
        assertThat(problem.toString()).contains("another format");
    }
}
