package dev.apierrors.textedit;

/**
 * Where one mapping of the text is, as the parser reported it (offsets are {@code char} indexes
 * into the text).
 */
final class MappingSpan {

    final String pointer;
    final int depth;
    /** A flow mapping ({@code {...}}, and every JSON object) rather than a block mapping. */
    final boolean flow;
    /** Flow: the opening brace. Block: unused. */
    final int open;
    /** Flow: the closing brace, once the mapping's end was seen. */
    int close = -1;
    int firstKey = -1;
    int lastKey = -1;
    /** Where the last entry's value ends (its last character, exclusive). */
    int lastEnd = -1;
    /** The last value is a block scalar that keeps its trailing blank lines ({@code |+}, {@code >+}). */
    boolean lastKeeps;
    /** A YAML merge key ({@code <<}) brings entries the text does not show here. */
    boolean merges;
    /** YAML: how the keys of this mapping are quoted, which new keys of it follow. */
    final SiblingKeys siblingKeys = new SiblingKeys();

    MappingSpan(String pointer, int depth, boolean flow, int open) {
        this.pointer = pointer;
        this.depth = depth;
        this.flow = flow;
        this.open = open;
    }

    boolean empty() {
        return firstKey < 0;
    }
}
