package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.authored.AuthoredFile;
import dev.apierrors.authored.AuthoredText;
import dev.apierrors.authored.EditPlan;
import dev.apierrors.load.FileResource;
import dev.apierrors.render.InPlaceWriter;
import dev.apierrors.render.SpecFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what the enrichment adds into the author's own files, as text inserted where it belongs
 * (see {@link EditPlan}), keeping every other character of the files. All files are written or
 * none; a description that has everything already is left untouched.
 */
public final class DescriptionApplier {

    /**
     * What one run wrote.
     *
     * @param responses  error responses added to operations
     * @param components components added
     * @param files      the files written
     */
    public record ApplyResult(int responses, int components, List<Path> files) {

        public ApplyResult {
            files = List.copyOf(files);
        }
    }

    public ApplyResult apply(DescriptionRequest request, BuildLog log) {
        return apply(request, null, log);
    }

    /**
     * Applies, with the components' definitions in {@code componentsFile} (null: in the main file's
     * {@code components}), created when it does not exist.
     */
    public ApplyResult apply(DescriptionRequest request, Path componentsFile, BuildLog log) {
        if (!(request.inputSpec() instanceof FileResource)) {
            throw notAFile(request.inputSpec().displayName());
        }
        if (componentsFile != null && !componentsFile.getFileName().toString().toLowerCase(Locale.ROOT)
                .matches(".*\\.(ya?ml|json)")) {
            throw new ApiErrorsException("invalid configuration: componentsFile " + componentsFile + " must end with"
                    + " .yaml, .yml or .json, which chooses the format it is written in when it does not exist");
        }
        PendingAdditions pending = PendingAdditions.of(request, log);
        if (pending.additions().isEmpty()) {
            log.info("api-errors: nothing to add: the description has every error response of the convention");
            return new ApplyResult(0, 0, List.of());
        }
        EditPlan plan = EditPlan.of(pending.authored(), pending.additions(), componentsFile);
        List<InPlaceWriter.Change> changes = new ArrayList<>();
        for (EditPlan.FileEdits edits : plan.files()) {
            AuthoredFile file = edits.file();
            String edited = AuthoredText.edit(file, edits.entries());
            changes.add(new InPlaceWriter.Change(path(file), file.bytes(file.text()), file.bytes(edited)));
        }
        EditPlan.NewFile created = plan.created();
        if (created != null) {
            changes.add(new InPlaceWriter.Change(created.path(), null,
                    SpecFormat.of(created.path()).write(created.content())));
        }
        new InPlaceWriter().write(changes);
        List<Path> written = new ArrayList<>();
        for (InPlaceWriter.Change change : changes) {
            log.info("api-errors: added error responses to " + change.file());
            written.add(change.file());
        }
        int components = pending.additions().components().size();
        log.info("api-errors: " + plan.responses() + " error responses and " + components + " components added to "
                + written.size() + (written.size() == 1 ? " file" : " files"));
        return new ApplyResult(plan.responses(), components, written);
    }

    private static Path path(AuthoredFile file) {
        if (!(file.resource() instanceof FileResource)) {
            throw notAFile(file.displayName());
        }
        return ((FileResource) file.resource()).path();
    }

    private static ApiErrorsException notAFile(String name) {
        return new ApiErrorsException(name + " is not a file on disk: the goal apply writes into the description's own"
                + " files, so inputSpec must name a file of the project");
    }
}
