package dev.apierrors.authored;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.SpecResource;
import dev.apierrors.textedit.Insertion;
import dev.apierrors.textedit.TextEdit;
import dev.apierrors.textedit.TextEditUnsupported;
import dev.apierrors.textedit.TextFormat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The new text of one of the author's files: its entries inserted by the text edit, and the result
 * read back and compared with the file's tree plus the entries, so that a file is only ever written
 * with exactly the additions and nothing else changed.
 */
public final class AuthoredText {

    private AuthoredText() {
    }

    public static String edit(AuthoredFile file, List<EditPlan.Entry> entries) {
        List<Insertion> insertions = new ArrayList<>();
        for (EditPlan.Entry entry : entries) {
            insertions.add(new Insertion(entry.mappingPointer(), entry.key(), entry.value()));
        }
        String edited;
        try {
            edited = TextEdit.apply(file.text(), insertions, file.json() ? TextFormat.JSON : TextFormat.YAML);
        } catch (TextEditUnsupported e) {
            throw new ApiErrorsException(file.displayName() + ": the error responses cannot be added to this file's"
                    + " text safely: " + e.getMessage() + "; add them by hand there, or enrich a copy with the goal"
                    + " generate", e);
        }
        JsonNode expected = expected(file, entries);
        JsonNode read = new DocumentReader().read(new EditedText(file.resource(), file.bytes(edited))).tree();
        if (!read.equals(expected)) {
            throw new ApiErrorsException(file.displayName() + ": the text edit would change more than the additions;"
                    + " nothing was written. Please report this with the file");
        }
        return edited;
    }

    private static JsonNode expected(AuthoredFile file, List<EditPlan.Entry> entries) {
        JsonNode tree = file.tree().deepCopy();
        for (EditPlan.Entry entry : entries) {
            JsonNode mapping = entry.mappingPointer().isEmpty() ? tree : tree.at(JsonPointer.compile(entry.mappingPointer()));
            ((ObjectNode) mapping).set(entry.key(), entry.value());
        }
        return tree;
    }

    /** The edited text, read back as the file it will replace. */
    private record EditedText(SpecResource original, byte[] bytes) implements SpecResource {

        @Override
        public String displayName() {
            return original.displayName();
        }

        @Override
        public String key() {
            return original.key();
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SpecResource resolve(String relativeReference) {
            return original.resolve(relativeReference);
        }

        @Override
        public String parserLocation() {
            return original.parserLocation();
        }
    }
}
