package io.jk6.engine.metrics;

import java.time.Duration;

/** Sums values; k6 reports the sum as {@code count} and the sum per second as {@code rate}. */
public final class CounterSink implements Sink {

    private double sum;
    private long samples;

    @Override
    public void add(double value) {
        sum += value;
        samples++;
    }

    /** The sum of all values (k6's {@code count}). */
    public double count() {
        return sum;
    }

    /** The sum per second of test run; 0 for a zero duration, as k6 does. */
    public double rate(Duration testRunDuration) {
        long nanos = testRunDuration.toNanos();
        return nanos == 0 ? 0 : sum / (nanos / 1e9);
    }

    @Override
    public boolean isEmpty() {
        return samples == 0;
    }

    @Override
    public CounterSink copy() {
        CounterSink c = new CounterSink();
        c.sum = sum;
        c.samples = samples;
        return c;
    }
}
