package dev.apierrors;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project around the plugin module: its documentation, its sources, its build output. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The folder of the plugin module (tests run in it under Maven; an IDE may start elsewhere). */
    public static Path pluginModule() {
        Path here = Path.of("").toAbsolutePath();
        for (Path at = here; at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("src/main/java/dev/apierrors/maven/GenerateMojo.java"))) {
                return at;
            }
            if (Files.isRegularFile(at.resolve("plugin/src/main/java/dev/apierrors/maven/GenerateMojo.java"))) {
                return at.resolve("plugin");
            }
        }
        throw new IllegalStateException("the plugin module is neither " + here + " nor above it");
    }

    /** The folder of the whole project: README.md, docs/, the parent POM. */
    public static Path root() {
        return pluginModule().getParent();
    }
}
