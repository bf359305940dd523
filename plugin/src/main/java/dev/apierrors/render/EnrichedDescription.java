package dev.apierrors.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.core.BuildLog;
import dev.apierrors.load.AuthorText;
import dev.apierrors.textedit.Changes;
import dev.apierrors.textedit.Snapshot;
import dev.apierrors.textedit.TextEdit;
import dev.apierrors.textedit.TextEditUnsupported;

/**
 * The bytes of the enriched description: the author's own text with the additions inserted
 * whenever that can be done, so that nothing of theirs changes (comments, quoting, layout); else
 * the enriched tree written out, with one line of the log saying why.
 */
public final class EnrichedDescription {

    private final AuthorText author;
    private final SpecFormat format;
    private final String input;
    private final String whyNotText;
    private final Snapshot before;

    private EnrichedDescription(AuthorText author, SpecFormat format, String input, String whyNotText,
                                Snapshot before) {
        this.author = author;
        this.format = format;
        this.input = input;
        this.whyNotText = whyNotText;
        this.before = before;
    }

    /**
     * Takes what is needed to tell the additions apart, before the tree is enriched.
     *
     * @param author   the main file as written, or null when the tree is not the author's (Swagger 2.0)
     * @param document the tree about to be enriched: the author's, with other files joined in
     * @param format   the format of the enriched description
     * @param input    how messages name the description
     */
    public static EnrichedDescription before(AuthorText author, ObjectNode document, SpecFormat format, String input) {
        String why = whyNotText(author, format, input);
        // A tree that joining left as read only gains entries from now on: remembering the sizes of
        // its mappings is enough, and much smaller than a copy. Else the text is read again.
        Snapshot before = why == null && !author.rewritten() ? Snapshot.of(document) : null;
        return new EnrichedDescription(author, format, input, why, before);
    }

    /** The enriched description of {@code enriched}, the tree given to {@link #before} now enriched. */
    public byte[] write(ObjectNode enriched, BuildLog log) {
        String why = whyNotText;
        if (why == null) {
            try {
                Changes changes = before != null ? Changes.since(before, enriched)
                        : Changes.between(author.tree().get(), enriched);
                return author.json()
                        ? TextEdit.applyUtf8(author.utf8(), changes.insertions(), changes.replacements())
                        : TextEdit.applyUtf8(author.text(), changes.insertions(), changes.replacements(), null);
            } catch (TextEditUnsupported e) {
                why = e.getMessage();
            }
        }
        log.info("The enriched description is written from the tree, without the comments and layout of "
                + input + ": " + why);
        return format.write(enriched);
    }

    private static String whyNotText(AuthorText author, SpecFormat format, String input) {
        if (author == null) {
            return "Swagger 2.0 is converted to OpenAPI 3.0";
        }
        SpecFormat written = author.json() ? SpecFormat.JSON : SpecFormat.YAML;
        if (written != format) {
            return input + " is " + written + " and the enriched description " + format
                    + " (enrichedSpec's extension)";
        }
        return null;
    }
}
