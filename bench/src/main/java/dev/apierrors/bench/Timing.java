package dev.apierrors.bench;

import java.util.Arrays;
import java.util.Locale;

/** The times of repeated runs of one stage: their median and their spread (min-max). */
final class Timing {

    private final long[] sorted;

    Timing(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The median, in nanoseconds. */
    double median() {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    @Override
    public String toString() {
        return number(median()) + " ms (" + number(min()) + "-" + number(max()) + ")";
    }

    private static String number(double nanos) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    }
}
