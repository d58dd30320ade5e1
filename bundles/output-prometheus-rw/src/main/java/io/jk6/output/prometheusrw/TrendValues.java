package io.jk6.output.prometheusrw;

import java.util.Arrays;

/**
 * Every value of one trend series since the test started, as k6's {@code TrendSink} keeps them:
 * the output sends percentiles of the whole run at each flush, and k6 computes them exactly
 * (sorted values, linear interpolation between the two closest ranks), the engine's summary's
 * definition too. Memory grows with the values, as in k6.
 */
final class TrendValues {

    private double[] values = new double[16];
    private int count;
    /**
     * The values before this index are in order: a push sorts only what came since the last one and
     * merges it in, rather than the whole run's values again (k6 sorts them all at every flush).
     */
    private int sortedCount;
    private double sum;
    private double min;
    private double max;

    void add(double value) {
        if (count == 0 || value < min) {
            min = value;
        }
        if (count == 0 || value > max) {
            max = value;
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
        sum += value;
    }

    long count() {
        return count;
    }

    double sum() {
        return sum;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** The mean; 0 when empty, as k6. */
    double avg() {
        return count == 0 ? 0 : sum / count;
    }

    /**
     * k6's {@code P(pct)}: the value at rank {@code pct * (count - 1)} of the sorted values,
     * interpolated between its neighbours; 0 when empty.
     *
     * @param fraction 0..1 ({@code p(95)} is 0.95)
     */
    double percentile(double fraction) {
        if (count == 0) {
            return 0;
        }
        if (count == 1) {
            return values[0];
        }
        sort();
        double rank = fraction * (count - 1);
        double lower = values[(int) Math.floor(rank)];
        double upper = values[(int) Math.ceil(rank)];
        return lower + (upper - lower) * (rank - Math.floor(rank));
    }

    /** Sorts the values added since the last sort and merges them into the sorted ones, from the end. */
    private void sort() {
        if (sortedCount == count) {
            return;
        }
        Arrays.sort(values, sortedCount, count);
        if (sortedCount > 0 && values[sortedCount - 1] > values[sortedCount]) {
            double[] added = Arrays.copyOfRange(values, sortedCount, count);
            int from = sortedCount - 1;
            int to = count - 1;
            for (int next = added.length - 1; next >= 0; to--) {
                values[to] = from >= 0 && values[from] > added[next] ? values[from--] : added[next--];
            }
        }
        sortedCount = count;
    }
}
