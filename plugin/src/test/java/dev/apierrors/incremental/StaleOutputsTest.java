package dev.apierrors.incremental;

import dev.apierrors.load.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StaleOutputsTest {

    @TempDir
    Path work;

    private Path out() {
        return work.resolve("out");
    }

    private OutputManifest generated(String... names) throws Exception {
        TreeMap<String, OutputFile> sources = new TreeMap<>();
        for (String name : names) {
            Path file = out().resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "// " + name + "\n");
            sources.put(name, new OutputFile(Digests.sha256(("// " + name + "\n").getBytes(StandardCharsets.UTF_8)), null));
        }
        Files.writeString(work.resolve("openapi.yaml"), "x: 1\n");
        return new OutputManifest("out", sources, "openapi.yaml",
                new OutputFile(Digests.sha256("x: 1\n".getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    void removes_what_was_generated_before_and_not_now_and_nothing_else() throws Exception {
        OutputManifest before = generated("com/one/Error.java", "com/one/Handler.java", "com/two/Kept.java");
        Path handwritten = out().resolve("com/one/Handwritten.java");
        Files.writeString(handwritten, "class Handwritten {}\n");
        Path otherHandwritten = out().resolve("Top.java");
        Files.writeString(otherHandwritten, "class Top {}\n");

        Set<Path> produced = Set.of(out().resolve("com/two/Kept.java"), work.resolve("openapi.yaml"));
        StaleOutputs.Removal removal = remove(List.of(before), produced);

        assertThat(removal.removed()).containsExactlyInAnyOrder(out().resolve("com/one/Error.java"),
                out().resolve("com/one/Handler.java"));
        assertThat(removal.edited()).isEmpty();
        assertThat(out().resolve("com/one/Error.java")).doesNotExist();
        assertThat(out().resolve("com/two/Kept.java")).as("still generated").exists();
        assertThat(handwritten).as("not the plugin's: never touched").exists();
        assertThat(otherHandwritten).as("not the plugin's: never touched").exists();
        assertThat(work.resolve("openapi.yaml")).exists();
    }

    @Test
    void folders_left_empty_go_up_to_the_output_folder() throws Exception {
        OutputManifest before = generated("com/example/one/Error.java");
        remove(List.of(before), Set.of());

        assertThat(out().resolve("com")).as("emptied package folders are removed").doesNotExist();
        assertThat(out()).as("the output folder itself stays").isDirectory();
        assertThat(work.resolve("openapi.yaml")).as("no longer generated anywhere").doesNotExist();
    }

    @Test
    void an_edited_stale_file_is_removed_and_reported() throws Exception {
        OutputManifest before = generated("com/one/Error.java");
        Files.writeString(out().resolve("com/one/Error.java"), "// edited by hand\n");

        StaleOutputs.Removal removal = remove(List.of(before), Set.of(work.resolve("openapi.yaml")));

        assertThat(removal.edited()).containsExactly(out().resolve("com/one/Error.java"));
        assertThat(out().resolve("com/one/Error.java")).doesNotExist();
    }

    @Test
    void files_already_gone_are_no_trouble() throws Exception {
        OutputManifest before = generated("com/one/Error.java");
        Files.delete(out().resolve("com/one/Error.java"));

        StaleOutputs.Removal removal = remove(List.of(before, before), Set.of(work.resolve("openapi.yaml")));

        assertThat(removal.removed()).isEmpty();
        assertThat(out().resolve("com/one")).as("nothing removed, so the folder stays").isDirectory();
    }

    /** What the build does: find the stale files, remove them (the writer's part), then the emptied folders. */
    private StaleOutputs.Removal remove(List<OutputManifest> earlier, Set<Path> produced) throws IOException {
        StaleOutputs stale = new StaleOutputs(work);
        StaleOutputs.Removal removal = stale.find(earlier, produced);
        for (Path file : removal.removed()) {
            Files.delete(file);
        }
        stale.removeEmptyFolders(earlier, removal);
        return removal;
    }
}
