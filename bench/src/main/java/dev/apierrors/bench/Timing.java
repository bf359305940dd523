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

    /** The median of the ratios {@code numerator[i] / denominator[i]}: runs of one round, close in time. */
    static double ratio(long[] numerator, long[] denominator) {
        double[] ratios = new double[numerator.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) numerator[i] / denominator[i];
        }
        Arrays.sort(ratios);
        int n = ratios.length;
        return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
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
