package dev.apierrors.core;

import dev.apierrors.load.FileResource;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecResource;
import dev.apierrors.paths.NamedPath;
import dev.apierrors.paths.OutputPlaces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what a run writes apart from what it reads and from the project's own sources. The
 * configuration names the main description and the templates, so they are checked before anything
 * is read; the files the description references are known once it is read, and are checked before
 * anything is written.
 */
final class InputsAndOutputs {

    private final GenerationRequest request;
    private final OutputPlaces outputs;

    InputsAndOutputs(GenerationRequest request) {
        this.request = request;
        this.outputs = new OutputPlaces(List.of(new NamedPath("enrichedSpec", request.enrichedSpec())),
                List.of(new NamedPath("outputDirectory", request.outputDirectory())));
    }

    /** The outputs against the project's source folders and the inputs the configuration names. */
    void checkBeforeReading() {
        outputs.checkSources(request.sourceFolders().own(), request.sourceFolders().otherRoots());
        outputs.checkInputs(configuredFiles(), templateFolders());
    }

    /** The outputs against every file the description was read from. */
    void checkBeforeWriting(List<LoadedSpec.SourceFile> sources) {
        List<NamedPath> files = configuredFiles();
        for (LoadedSpec.SourceFile source : sources) {
            SpecResource resource = source.resource();
            if (resource instanceof FileResource file && !resource.equals(request.inputSpec())) {
                files.add(new NamedPath("a file the description references", file.path()));
            }
        }
        outputs.checkInputs(files, templateFolders());
    }

    /** The files the configuration names for reading; any further input file of the configuration joins here. */
    private List<NamedPath> configuredFiles() {
        List<NamedPath> files = new ArrayList<>();
        if (request.inputSpec() instanceof FileResource file) {
            files.add(new NamedPath("the description (inputSpec)", file.path()));
        }
        Path convention = request.enrichmentSettings().conventionFile();
        if (convention != null) {
            files.add(new NamedPath("the convention file (convention)", convention));
        }
        return files;
    }

    private List<NamedPath> templateFolders() {
        return request.templateDirectory() == null ? List.of()
                : List.of(new NamedPath("the templates (templateDirectory)", request.templateDirectory()));
    }
}
