package dev.apierrors.maven;

import org.junit.jupiter.api.Test;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BuildContextWorkspaceTest {

    private static final Path BASEDIR = Path.of("/work/project").toAbsolutePath();

    private final List<File> refreshed = new ArrayList<>();

    /** A build context that answers what m2e would: incremental or not, changes of the given files. */
    private BuildContext context(boolean incremental, Set<File> changed) {
        return (BuildContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BuildContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isIncremental" -> incremental;
                    case "hasDelta" -> changed.contains((File) args[0]);
                    case "refresh" -> {
                        refreshed.add((File) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void on_the_command_line_everything_may_have_changed() {
        BuildContextWorkspace workspace = new BuildContextWorkspace(context(false, Set.of()), BASEDIR);

        assertThat(workspace.isIncremental()).isFalse();
        assertThat(workspace.mayHaveChanged(BASEDIR.resolve("api.yaml"))).isTrue();
    }

    @Test
    void in_an_ide_build_the_deltas_of_the_project_count() {
        Path changed = BASEDIR.resolve("src/api.yaml");
        BuildContextWorkspace workspace = new BuildContextWorkspace(context(true, Set.of(changed.toFile())), BASEDIR);

        assertThat(workspace.isIncremental()).isTrue();
        assertThat(workspace.mayHaveChanged(changed)).isTrue();
        assertThat(workspace.mayHaveChanged(BASEDIR.resolve("src/other.yaml"))).isFalse();
    }

    @Test
    void a_file_outside_the_project_may_always_have_changed() {
        BuildContextWorkspace workspace = new BuildContextWorkspace(context(true, Set.of()), BASEDIR);

        assertThat(workspace.mayHaveChanged(BASEDIR.resolve("../shared/api.yaml"))).isTrue();
    }

    @Test
    void refresh_reaches_the_build_context() {
        BuildContextWorkspace workspace = new BuildContextWorkspace(context(true, Set.of()), BASEDIR);
        workspace.refresh(BASEDIR.resolve("target/generated-sources/api-errors"));

        assertThat(refreshed).containsExactly(BASEDIR.resolve("target/generated-sources/api-errors").toFile());
    }
}
