package io.jk6.output.webdashboard;

import org.HdrHistogram.DoubleHistogram;

/**
 * The values of a trend, for one period's chart point or the whole run's table: exact count, sum,
 * min and max, percentiles from HdrHistogram with 3 significant digits. Memory stays the same however
 * long the test runs, as k6's dashboard, whose figures are a histogram's too; the end-of-test summary
 * keeps exact values for short runs, so its last digit may differ.
 */
final class Distribution {

    private static final int SIGNIFICANT_DIGITS = 3;

    private long count;
    private double sum;
    private double min = Double.NaN;
    private double max = Double.NaN;
    // DoubleHistogram holds no negative values; a custom trend may have some: their absolute values go here
    private DoubleHistogram belowZero;
    private DoubleHistogram fromZero;

    void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        count++;
        sum += value;
        min = count == 1 ? value : Math.min(min, value);
        max = count == 1 ? value : Math.max(max, value);
        if (value < 0) {
            if (belowZero == null) {
                belowZero = new DoubleHistogram(SIGNIFICANT_DIGITS);
            }
            belowZero.recordValue(-value);
        } else {
            if (fromZero == null) {
                fromZero = new DoubleHistogram(SIGNIFICANT_DIGITS);
            }
            fromZero.recordValue(value);
        }
    }

    long count() {
        return count;
    }

    /** NaN when empty: the page draws no point rather than a false zero. */
    double avg() {
        return count == 0 ? Double.NaN : sum / count;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /**
     * The {@code p}-th percentile (0 to 100) as k6 defines it, between the two closest ranks, never
     * beyond the exact min and max; NaN when empty.
     */
    double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (count - 1);
        long lower = (long) Math.floor(rank);
        long upper = (long) Math.ceil(rank);
        double low = valueAt(lower);
        double value = lower == upper ? low : low + (valueAt(upper) - low) * (rank - lower);
        return Math.max(min, Math.min(max, value));
    }

    /** The value of the {@code rank}-th smallest (from 0), as the histograms have it. */
    private double valueAt(long rank) {
        long negatives = belowZero == null ? 0 : belowZero.getTotalCount();
        if (rank < negatives) {
            // among the negatives the smallest value has the largest absolute value
            return -middleOf(belowZero, 100.0 * (negatives - rank) / negatives);
        }
        return middleOf(fromZero, 100.0 * (rank - negatives + 1) / (count - negatives));
    }

    // a histogram answers with the top of the value's bucket; its middle is nearer the truth
    private static double middleOf(DoubleHistogram histogram, double percentile) {
        return histogram.medianEquivalentValue(histogram.getValueAtPercentile(Math.min(100, percentile)));
    }
}
