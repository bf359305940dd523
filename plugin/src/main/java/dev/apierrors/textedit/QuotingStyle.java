package dev.apierrors.textedit;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.HashMap;
import java.util.Map;

/**
 * How a YAML text quotes its strings, learnt from its own scalars, so that added entries are quoted
 * the same way: a key the text already has as it writes that key ({@code '$ref'}), keys that
 * read as numbers ({@code '200'}, {@code "200"} or {@code 200}) as it writes those, other keys
 * plain or quoted as most of its own are; the values of a key as it writes that key's values, other
 * string values as most of its own; and with its quote character where a quote is needed. Only the first scalars of a text are looked at: they tell its style as well as
 * all of them would, and a large description is read no longer for it.
 */
final class QuotingStyle {

    private static final Resolver RESOLVER = new Resolver();
    private static final int SEEN_ENOUGH = 4000;
    private static final ScalarStyle[] STYLES = {ScalarStyle.PLAIN, ScalarStyle.SINGLE_QUOTED,
            ScalarStyle.DOUBLE_QUOTED};

    private final YamlQuoting quoting = new YamlQuoting();
    private final Map<String, int[]> keys = new HashMap<>();
    private final int[] numberKeys = new int[3];
    private final int[] otherKeys = new int[3];
    private final int[] quotedValues = new int[3];
    private final int[] otherValues = new int[3];
    private final Map<String, int[]> valuesByKey = new HashMap<>();
    private final int[] quotes = new int[3];
    private int seen;

    /** A key as the text writes it. */
    void key(String text, ScalarStyle style) {
        int index = index(style);
        if (index < 0 || seen++ > SEEN_ENOUGH) {
            return;
        }
        quotes[index]++;
        if (keys.size() < SEEN_ENOUGH) {
            keys.computeIfAbsent(text, any -> new int[3])[index]++;
        }
        if (readsAsNumber(text)) {
            numberKeys[index]++;
        } else if (!quoting.needToQuoteName(text)) {
            otherKeys[index]++;
        }
    }

    /** A value of {@code key} (null: an item of a list) as the text writes it: only strings tell how strings are written. */
    void value(String key, String text, ScalarStyle style) {
        int index = index(style);
        if (index < 0 || seen++ > SEEN_ENOUGH) {
            return;
        }
        if (style == ScalarStyle.PLAIN && !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, text, true))) {
            return;
        }
        quotes[index]++;
        if (quoting.needToQuoteValue(text)) {
            quotedValues[index]++;
        } else {
            otherValues[index]++;
            if (key != null && valuesByKey.size() < SEEN_ENOUGH) {
                valuesByKey.computeIfAbsent(key, any -> new int[3])[index]++;
            }
        }
    }

    /** The style to write a key in; a string that must be quoted is never given {@code PLAIN}. */
    ScalarStyle keyStyle(String text) {
        int[] written = keys.get(text);
        if (written != null) {
            return STYLES[most(written, 0)];
        }
        if (readsAsNumber(text)) {
            int style = most(numberKeys, 1);
            return style == 0 ? ScalarStyle.PLAIN : quote(numberKeys);
        }
        if (quoting.needToQuoteName(text)) {
            return quote(otherKeys);
        }
        int style = most(otherKeys, 0);
        return style == 0 ? ScalarStyle.PLAIN : quote(otherKeys);
    }

    /**
     * The style to write a string value of {@code key} (null: an item of a list) in: as the text
     * writes the values of that key ({@code $ref: '...'} in a text that writes other values
     * plain), else as it writes most values.
     */
    ScalarStyle valueStyle(String key, String text) {
        if (quoting.needToQuoteValue(text)) {
            return quote(quotedValues);
        }
        int[] counts = key == null ? null : valuesByKey.get(key);
        if (counts == null) {
            counts = otherValues;
        }
        int style = most(counts, 0);
        return style == 0 ? ScalarStyle.PLAIN : quote(counts);
    }

    /** Whether a key needs quotes to read back as the same text. */
    boolean needsQuotes(String key) {
        return readsAsNumber(key) || quoting.needToQuoteName(key);
    }

    /** Whether a key is written as a number, plain: {@code 400:} where the text writes {@code 200:}. */
    static boolean readsAsNumber(String text) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        return Tag.INT.equals(tag) || Tag.FLOAT.equals(tag);
    }

    /** The quote the counts prefer, else the text's, else double quotes. */
    private ScalarStyle quote(int[] counts) {
        int[] quoted = counts[1] + counts[2] > 0 ? counts : quotes;
        return quoted[1] > quoted[2] ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
    }

    /** The index of the largest count, {@code otherwise} when there are none. */
    private static int most(int[] counts, int otherwise) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? otherwise : best;
    }

    private static int index(ScalarStyle style) {
        switch (style) {
            case PLAIN:
                return 0;
            case SINGLE_QUOTED:
                return 1;
            case DOUBLE_QUOTED:
                return 2;
            default:
                return -1;
        }
    }
}
