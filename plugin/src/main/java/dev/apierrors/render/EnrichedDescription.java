package dev.apierrors.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.enrich.TreeAdditions;
import dev.apierrors.load.AuthorText;
import dev.apierrors.textedit.Changes;
import dev.apierrors.textedit.Insertion;
import dev.apierrors.textedit.JsonLayout;
import dev.apierrors.textedit.Replacement;
import dev.apierrors.textedit.TextEdit;
import dev.apierrors.textedit.TextEditUnsupported;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bytes of the enriched description: the author's own text with the additions inserted
 * whenever that can be done, so that nothing of theirs changes (comments, quoting, layout); else
 * the enriched tree written out, with one line of the log saying why.
 */
public final class EnrichedDescription {

    private final AuthorText author;
    private final SpecFormat format;
    private final String input;
    private final Supplier<JsonLayout> earlyLayout;

    /**
     * @param author the main file as written, or null when the tree is not the author's (Swagger 2.0)
     * @param format the format of the enriched description
     * @param input  how messages name the description
     */
    public EnrichedDescription(AuthorText author, SpecFormat format, String input) {
        this(author, format, input, null);
    }

    /**
     * @param earlyLayout the layout of a JSON main file's bytes (those of {@code author}), scanned
     *                    while it was parsed, asked for only when the edit of those bytes needs it;
     *                    null: the edit finds its places itself
     */
    public EnrichedDescription(AuthorText author, SpecFormat format, String input, Supplier<JsonLayout> earlyLayout) {
        this.author = author;
        this.format = format;
        this.input = input;
        this.earlyLayout = earlyLayout;
    }

    /**
     * The enriched description of {@code enriched}: the bundled tree after the enrichment, which
     * put {@code additions} into it.
     */
    public byte[] write(ObjectNode enriched, TreeAdditions additions, BuildLog log) {
        String why = whyNotText(author, format, input);
        if (why == null) {
            try {
                // Joining other files into the main file's tree changed it: what the text lacks is
                // then found by comparing with the text's own tree.
                Changes changes = author.rewritten() ? Changes.between(author.tree().get(), enriched)
                        : changes(additions);
                return author.json()
                        ? TextEdit.applyUtf8(author.utf8(), changes.insertions(), changes.replacements(),
                                earlyLayout == null ? null : earlyLayout.get())
                        : TextEdit.applyUtf8(author.text(), changes.insertions(), changes.replacements(), null);
            } catch (TextEditUnsupported e) {
                why = e.getMessage();
            }
        }
        log.info("The enriched description is written from the tree, without the comments and layout of "
                + input + ": " + why);
        return format.write(enriched);
    }

    private static Changes changes(TreeAdditions additions) {
        List<Insertion> insertions = new ArrayList<>(additions.entries().size());
        for (TreeAdditions.Entry entry : additions.entries()) {
            insertions.add(new Insertion(entry.mappingPointer(), entry.key(), entry.value()));
        }
        List<Replacement> replacements = new ArrayList<>(additions.replaced().size());
        for (TreeAdditions.Replaced value : additions.replaced()) {
            replacements.add(new Replacement(value.pointer(), value.value()));
        }
        return new Changes(insertions, replacements);
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
