package dev.apierrors.textedit;

/**
 * SnakeYAML counts positions in code points, Java strings in {@code char}s: they differ after
 * each character outside the Basic Multilingual Plane (an emoji), which takes two chars.
 */
final class Offsets {

    /** Code point indexes at which a two-char character starts, in order; null when there are none. */
    private final int[] pairs;

    Offsets(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        if (count == 0) {
            pairs = null;
            return;
        }
        pairs = new int[count];
        int codePoint = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i++, codePoint++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                pairs[n++] = codePoint;
                i++;
            }
        }
    }

    int charIndex(int codePointIndex) {
        if (pairs == null) {
            return codePointIndex;
        }
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] < codePointIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return codePointIndex + low;
    }
}
