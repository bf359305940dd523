package dev.apierrors.paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class OutputClaimsTest {

    @TempDir
    Path dir;

    private final ConcurrentHashMap<String, String> project = new ConcurrentHashMap<>();

    @Test
    void twoExecutionsWritingOneEnrichedFileFailNamingBothAndTheParameter() {
        new OutputClaims(project, "pets").claim(List.of(new NamedPath("enrichedSpec", dir.resolve("openapi.yaml"))));

        assertThatThrownBy(() -> new OutputClaims(project, "stores").claim(List.of(
                new NamedPath("enrichedSpec", dir.resolve("sub/../openapi.yaml")))))
                .hasMessage("invalid configuration: executions 'pets' and 'stores' of the goal both write "
                        + dir.resolve("openapi.yaml") + "; give one of them another enrichedSpec (each execution"
                        + " writes files of its own)");
    }

    @Test
    void differentParametersAreNamedForEachExecution() {
        new OutputClaims(project, "a").claim(List.of(new NamedPath("enrichedSpec", dir.resolve("X.java"))));

        assertThatThrownBy(() -> new OutputClaims(project, "b").claim(List.of(
                new NamedPath("outputDirectory or basePackage", dir.resolve("X.java")))))
                .hasMessageContaining("; give execution 'a' another enrichedSpec, or execution 'b' another"
                        + " outputDirectory or basePackage");
    }

    @Test
    void aFailedClaimClaimsNothingAndFilesApartNeverMeet() {
        new OutputClaims(project, "a").claim(List.of(new NamedPath("enrichedSpec", dir.resolve("a.yaml"))));
        OutputClaims b = new OutputClaims(project, "b");
        assertThatThrownBy(() -> b.claim(List.of(new NamedPath("enrichedSpec", dir.resolve("b.yaml")),
                new NamedPath("enrichedSpec", dir.resolve("a.yaml")))));

        assertThat(project).hasSize(1);
        assertThatNoException().isThrownBy(() -> new OutputClaims(project, "c").claim(List.of(
                new NamedPath("enrichedSpec", dir.resolve("b.yaml")))));
    }

    @Test
    void anExecutionMayClaimItsFilesAgain() {
        List<NamedPath> files = List.of(new NamedPath("enrichedSpec", dir.resolve("a.yaml")));
        new OutputClaims(project, "a").claim(files);

        assertThatNoException().isThrownBy(() -> new OutputClaims(project, "a").claim(files));
    }
}
