package dev.apierrors.maven;

import dev.apierrors.core.SourceFolders;
import org.apache.maven.model.Build;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The project's source folders as Maven knows them, as data for the pipeline, which knows no Maven. */
final class ProjectSourceFolders {

    private ProjectSourceFolders() {
    }

    /**
     * The project's own source and resource folders (but those that hold the build directory), and
     * its other compile source roots (other generators'). A root that is {@code outputDirectory} is taken as the one this goal adds: it
     * may be there already when the same project is built again in one JVM (an IDE), or when the
     * POM also adds it with another plugin, and neither harms.
     */
    static SourceFolders of(MavenProject project, Path outputDirectory) {
        Path basedir = project.getBasedir().toPath();
        Set<Path> own = new LinkedHashSet<>();
        Build build = project.getBuild();
        add(own, basedir, build.getSourceDirectory());
        add(own, basedir, build.getTestSourceDirectory());
        for (Resource resource : build.getResources()) {
            add(own, basedir, resource.getDirectory());
        }
        for (Resource resource : build.getTestResources()) {
            add(own, basedir, resource.getDirectory());
        }
        Set<Path> roots = new LinkedHashSet<>();
        for (String root : project.getCompileSourceRoots()) {
            add(roots, basedir, root);
        }
        for (String root : project.getTestCompileSourceRoots()) {
            add(roots, basedir, root);
        }
        roots.removeAll(own);
        // A folder that holds the build directory is a broad root, such as the base folder a POM
        // takes LICENSE into the jar from: every output lies in it by design.
        Path buildDirectory = basedir.resolve(build.getDirectory()).normalize();
        own.removeIf(buildDirectory::startsWith);
        roots.remove(basedir.resolve(outputDirectory).normalize());
        return new SourceFolders(new ArrayList<>(own), List.copyOf(roots));
    }

    private static void add(Set<Path> folders, Path basedir, String folder) {
        if (folder != null && !folder.isBlank()) {
            folders.add(basedir.resolve(folder).normalize());
        }
    }
}
