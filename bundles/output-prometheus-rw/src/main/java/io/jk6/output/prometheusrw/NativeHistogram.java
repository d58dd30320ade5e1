package io.jk6.output.prometheusrw;

import java.util.ArrayList;
import java.util.List;

/**
 * A Prometheus native histogram of one trend series ({@code K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM=true}),
 * cumulative over the run, as k6 keeps it: exponential buckets of schema 3 (each bucket's upper
 * bound is the one below times 2^(1/8), about 9% wider: k6 asks Prometheus' Go client for a
 * bucket factor of 1.1, which picks schema 3), a zero bucket of Prometheus' default width
 * (±2^-128), no limit on the number of buckets and never a reset. Bucket {@code i} of the positive
 * side holds the values in (2^((i-1)/8), 2^(i/8)], of the negative side their opposites.
 * Not thread-safe: the flusher's thread only.
 */
final class NativeHistogram {

    /** The resolution: 2^3 buckets per power of two. */
    static final int SCHEMA = 3;

    /** Values within ±this go to the zero bucket: Prometheus' default, 2^-128. */
    static final double ZERO_THRESHOLD = 0x1p-128;

    private static final int BUCKETS_PER_POWER = 1 << SCHEMA;

    /**
     * {@code 2^(j/8 - 1)} for j = 0..7, the upper bounds of the buckets between 1/2 and 1, as
     * Prometheus has them (its Go table, in the server's PromQL too): for j of 4 and above they
     * are one ulp below the correctly rounded powers, so a value right on a bound lands in the
     * bucket Prometheus says holds it.
     */
    private static final double[] BOUNDS = {0.5, 0.5452538663326288, 0.5946035575013605, 0.6484197773255048,
        0.7071067811865475, 0.7711054127039704, 0.8408964152537144, 0.9170040432046711};

    private final Counts positive = new Counts();
    private final Counts negative = new Counts();
    private long count;
    private double sum;
    private long zeroCount;

    /** Counts a value: a NaN counts (and makes the sum NaN) but goes to no bucket, as in Prometheus' client. */
    void add(double value) {
        count++;
        sum += value;
        if (value > ZERO_THRESHOLD) {
            positive.increment(bucketIndex(value));
        } else if (value < -ZERO_THRESHOLD) {
            negative.increment(bucketIndex(-value));
        } else if (!Double.isNaN(value)) {
            zeroCount++;
        }
    }

    /**
     * The index of the bucket holding a positive value: the smallest {@code i} with
     * {@code value <= 2^(i/8)}, i.e. {@code ceil(8 * log2(value))} computed exactly from the
     * value's exponent and mantissa. +Inf is one bucket above the largest double's.
     */
    static int bucketIndex(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("a bucket index is for a positive value, not " + value);
        }
        if (value == Double.POSITIVE_INFINITY) {
            return bucketIndex(Double.MAX_VALUE) + 1;
        }
        int shift = 0;
        if (value < Double.MIN_NORMAL) { // a subnormal: scale it up to read its exponent
            value = Math.scalb(value, 64);
            shift = 64;
        }
        int exponent = Math.getExponent(value) + 1;
        double fraction = Math.scalb(value, -exponent); // in [1/2, 1): value = fraction * 2^exponent
        int j = 0;
        while (j < BUCKETS_PER_POWER && BOUNDS[j] < fraction) {
            j++;
        }
        return (exponent - 1 - shift) * BUCKETS_PER_POWER + j;
    }

    /** The upper bound of bucket {@code index}: {@code 2^(index/8)}. */
    static double upperBound(int index) {
        return Math.scalb(BOUNDS[Math.floorMod(index, BUCKETS_PER_POWER)], Math.floorDiv(index, BUCKETS_PER_POWER) + 1);
    }

    /** What remote write sends of it now. */
    Snapshot snapshot() {
        return new Snapshot(count, sum, SCHEMA, ZERO_THRESHOLD, zeroCount, negative.encode(), positive.encode());
    }

    /**
     * The histogram as remote write carries it ({@code prompb.Histogram} with integer counts).
     *
     * @param negative the buckets of the negative values, by the index of their absolute value
     */
    record Snapshot(long count, double sum, int schema, double zeroThreshold, long zeroCount, Buckets negative,
            Buckets positive) {
    }

    /** A run of consecutive buckets: {@code offset} from the end of the previous span (the first: from index 0). */
    record Span(int offset, int length) {
    }

    /**
     * One side's buckets, sparse: the spans of buckets present and, for each of them in order, its
     * count minus the previous bucket's (the first's minus zero).
     */
    record Buckets(List<Span> spans, List<Long> deltas) {

        static final Buckets NONE = new Buckets(List.of(), List.of());

        Buckets {
            spans = List.copyOf(spans);
            deltas = List.copyOf(deltas);
        }

        /**
         * The spans and deltas of dense counts. Empty buckets are left out, but a gap of one or two
         * empty buckets is sent as zero counts inside one span rather than starting another (as
         * Prometheus' Go client does): fewer bytes.
         *
         * @param firstIndex the bucket index of {@code counts[0]}
         */
        static Buckets of(int firstIndex, long[] counts) {
            List<Span> spans = new ArrayList<>();
            List<Long> deltas = new ArrayList<>();
            long previous = 0;
            int next = 0; // the index after the last bucket sent
            int spanOffset = 0;
            int spanLength = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                int index = firstIndex + i;
                int gap = index - next;
                if (spanLength == 0 || gap > 2) {
                    if (spanLength > 0) {
                        spans.add(new Span(spanOffset, spanLength));
                    }
                    spanOffset = gap;
                    spanLength = 0;
                } else {
                    for (int empty = 0; empty < gap; empty++) {
                        deltas.add(-previous);
                        previous = 0;
                        spanLength++;
                    }
                }
                deltas.add(counts[i] - previous);
                previous = counts[i];
                spanLength++;
                next = index + 1;
            }
            if (spanLength > 0) {
                spans.add(new Span(spanOffset, spanLength));
            }
            return spans.isEmpty() ? NONE : new Buckets(spans, deltas);
        }
    }

    /** Dense counts of one side from its lowest bucket index seen to its highest. */
    private static final class Counts {
        private long[] counts = new long[0];
        private int first;

        void increment(int index) {
            if (counts.length == 0) {
                counts = new long[16];
                first = index - 8;
            } else if (index < first || index >= first + counts.length) {
                grow(index);
            }
            counts[index - first]++;
        }

        /**
         * Room for {@code index} and as many buckets again beyond it, so growing stays rare (bucket
         * indexes of doubles lie within about ±8,600).
         */
        private void grow(int index) {
            int low = Math.min(first, index);
            int high = Math.max(first + counts.length, index + 1);
            int length = 2 * (high - low);
            int newFirst = index < first ? high - length : low;
            long[] grown = new long[length];
            System.arraycopy(counts, 0, grown, first - newFirst, counts.length);
            counts = grown;
            first = newFirst;
        }

        Buckets encode() {
            return counts.length == 0 ? Buckets.NONE : Buckets.of(first, counts);
        }
    }
}
