package io.jk6.engine.metrics;

import java.util.Arrays;
import org.HdrHistogram.DoubleHistogram;

/**
 * A distribution: count, avg, exact min and max, and percentiles.
 *
 * <p>Percentiles come from HdrHistogram {@link DoubleHistogram}s with 3 significant digits, so
 * memory stays bounded however long the test runs. While the test is small (up to
 * {@link #EXACT_LIMIT} values) the raw values are kept too and percentiles are computed exactly
 * the way k6 does (linear interpolation between the two closest ranks), so short runs print the
 * very numbers k6 would; past the limit the raw values are dropped.
 */
public final class TrendSink implements Sink {

    /** How many raw values are kept for exact percentiles before relying on the histogram. */
    public static final int EXACT_LIMIT = 10_000;

    private static final int SIGNIFICANT_DIGITS = 3;

    private long count;
    private double sum;
    private double min;
    private double max;
    // HdrHistogram cannot hold negative values; custom trends may, so they get their own
    // histogram of absolute values.
    private DoubleHistogram positives;
    private DoubleHistogram negatives;
    private double[] exact = new double[16];
    private boolean exactSorted = true;

    @Override
    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (count == 0 || value < min) {
            min = value;
        }
        if (count == 0 || value > max) {
            max = value;
        }
        count++;
        sum += value;
        record(value);
        if (exact != null) {
            if (count > EXACT_LIMIT) {
                exact = null;
            } else {
                if (count > exact.length) {
                    exact = Arrays.copyOf(exact, Math.min(EXACT_LIMIT, exact.length * 2));
                }
                exact[(int) count - 1] = value;
                exactSorted = false;
            }
        }
    }

    private void record(double value) {
        if (value >= 0) {
            if (positives == null) {
                positives = new DoubleHistogram(SIGNIFICANT_DIGITS);
            }
            positives.recordValue(value);
        } else {
            if (negatives == null) {
                negatives = new DoubleHistogram(SIGNIFICANT_DIGITS);
            }
            negatives.recordValue(-value);
        }
    }

    public long count() {
        return count;
    }

    public double sum() {
        return sum;
    }

    /** The mean; 0 when empty, as k6. */
    public double avg() {
        return count == 0 ? 0 : sum / count;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The median, k6's {@code med}. */
    public double med() {
        return percentile(50);
    }

    /**
     * The {@code p}-th percentile, {@code p} in 0..100 (so {@code percentile(99.9)} is k6's
     * {@code p(99.9)}); 0 when empty.
     */
    public double percentile(double p) {
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must be within 0 and 100, got " + p);
        }
        if (count == 0) {
            return 0;
        }
        if (p == 0) {
            return min;
        }
        if (p == 100) {
            return max;
        }
        if (exact != null) {
            return exactPercentile(p);
        }
        return clamp(histogramPercentile(p));
    }

    private double exactPercentile(double p) {
        if (!exactSorted) {
            Arrays.sort(exact, 0, (int) count);
            exactSorted = true;
        }
        double rank = p / 100 * (count - 1);
        int lower = (int) Math.floor(rank);
        int upper = (int) Math.ceil(rank);
        double fraction = rank - lower;
        return exact[lower] + (exact[upper] - exact[lower]) * fraction;
    }

    private double histogramPercentile(double p) {
        long negCount = negatives == null ? 0 : negatives.getTotalCount();
        long posCount = count - negCount;
        long rank = Math.max(1, (long) Math.ceil(p / 100 * count));
        if (rank <= negCount) {
            // The rank-th smallest negative is the (negCount-rank+1)-th smallest absolute value.
            double q = 100.0 * (negCount - rank + 1) / negCount;
            return -negatives.getValueAtPercentile(q);
        }
        double q = 100.0 * (rank - negCount) / posCount;
        return positives.getValueAtPercentile(Math.min(100, q));
    }

    // Histogram buckets can overshoot the true extremes; never report beyond them.
    private double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    @Override
    public TrendSink copy() {
        TrendSink t = new TrendSink();
        t.count = count;
        t.sum = sum;
        t.min = min;
        t.max = max;
        t.positives = positives == null ? null : positives.copy();
        t.negatives = negatives == null ? null : negatives.copy();
        t.exact = exact == null ? null : Arrays.copyOf(exact, exact.length);
        t.exactSorted = exactSorted;
        return t;
    }
}
