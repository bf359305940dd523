package dev.apierrors.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.core.BuildLog;
import dev.apierrors.load.AuthorText;
import dev.apierrors.textedit.Changes;
import dev.apierrors.textedit.TextEdit;
import dev.apierrors.textedit.TextEditUnsupported;
import dev.apierrors.textedit.TextFormat;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of the enriched description: the author's own text with the additions inserted
 * whenever that can be done, so that nothing of theirs changes (comments, quoting, layout); else
 * the enriched tree written out, with one line of the log saying why.
 */
public final class EnrichedDescription {

    private EnrichedDescription() {
    }

    /**
     * @param author   the main file as written, or null when the tree is not the author's (Swagger 2.0)
     * @param enriched the enriched tree, which is {@code author}'s tree plus additions
     * @param format   the format of the enriched description
     * @param input    how messages name the description
     */
    public static byte[] write(AuthorText author, ObjectNode enriched, SpecFormat format, String input, BuildLog log) {
        String why = whyNotText(author, format, input);
        if (why == null) {
            try {
                // Joining other files into the main one also changes its $refs and copies path
                // items in place: those values are replaced, everything else is inserted.
                Changes changes = Changes.between(author.tree(), enriched);
                String text = TextEdit.apply(author.text(), changes.insertions(), changes.replacements(),
                        author.json() ? TextFormat.JSON : null);
                return text.getBytes(StandardCharsets.UTF_8);
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
