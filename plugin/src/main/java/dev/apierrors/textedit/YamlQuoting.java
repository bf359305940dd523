package dev.apierrors.textedit;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.HashMap;
import java.util.Map;

/**
 * Quotes every string that, written plain, YAML would read back as something else: a number
 * ({@code 0x1F}, {@code 1e3}), a boolean ({@code on}), a date, the merge key {@code <<}. Asks
 * the same resolver that reads descriptions, so writing and reading agree.
 *
 * <p>The resolver tries its regular expressions only on short texts (and on those that start
 * like a number), but on those several, and names and short values repeat throughout a
 * description ({@code type}, {@code string}, {@code name}...): the answers for short texts are
 * remembered while one document is written. One instance per document written.
 */
public final class YamlQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Resolver RESOLVER = new Resolver();
    private static final int REMEMBERED_LENGTH = 16;

    private final Map<String, Boolean> shortTexts = new HashMap<>();

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || readsAsOtherThanString(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || readsAsOtherThanString(value);
    }

    private boolean readsAsOtherThanString(String text) {
        if (text.length() > REMEMBERED_LENGTH) {
            return readsBackDifferently(text);
        }
        return shortTexts.computeIfAbsent(text, YamlQuoting::readsBackDifferently);
    }

    private static boolean readsBackDifferently(String text) {
        // YAML folds these line separators to spaces unless the string is double-quoted.
        if (text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            return true;
        }
        return !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, text, true));
    }
}
