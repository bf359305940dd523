package dev.apierrors.textedit;

import java.util.Arrays;

/**
 * Where the line holding an offset starts, in a time that does not grow with the line's length: a
 * short walk back finds it on the lines of a pretty-printed text; on a long line (a minified JSON
 * description is one line) the line breaks are indexed once, and looked up from then on.
 */
final class LineStarts {

    /** Longer than any indentation and most lines of a pretty-printed text. */
    private static final int WALK = 256;

    private final CharSequence text;
    /** The offsets that follow a line break, in order; null until a long line needs them. */
    private int[] starts;
    private int count;

    LineStarts(CharSequence text) {
        this.text = text;
    }

    /** The offset just after the last line break before {@code offset}, or 0. */
    int of(int offset) {
        int limit = Math.max(0, offset - WALK);
        for (int at = offset; at > limit; at--) {
            if (isBreak(text.charAt(at - 1))) {
                return at;
            }
        }
        return limit == 0 ? 0 : indexed(offset);
    }

    private int indexed(int offset) {
        if (starts == null) {
            index();
        }
        int low = 0;
        int high = count - 1;
        int found = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= offset) {
                found = starts[middle];
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private void index() {
        starts = new int[16];
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
