package dev.apierrors.textedit;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * How the keys of one YAML mapping are written: those that read as numbers (status codes) and
 * the others, each as its last one was. A new key of the mapping is written as its siblings of the
 * same kind are, before what the whole text does ({@link QuotingStyle}).
 */
final class SiblingKeys {

    /** Null: the mapping has no such key. */
    ScalarStyle numbers;
    ScalarStyle others;

    void key(String text, ScalarStyle style) {
        if (style != ScalarStyle.PLAIN && style != ScalarStyle.SINGLE_QUOTED && style != ScalarStyle.DOUBLE_QUOTED) {
            return;
        }
        if (QuotingStyle.readsAsNumber(text)) {
            numbers = style;
        } else {
            others = style;
        }
    }

    /** The style its siblings give a new key, or null when they give none. */
    ScalarStyle of(String key, boolean needsQuotes) {
        if (QuotingStyle.readsAsNumber(key)) {
            return numbers;
        }
        return needsQuotes && others == ScalarStyle.PLAIN ? null : others;
    }

    /** What tells one set of siblings from another, for remembering what was written. */
    String signature() {
        return numbers + "/" + others;
    }
}
