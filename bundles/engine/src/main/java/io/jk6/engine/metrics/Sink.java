package io.jk6.engine.metrics;

import io.jk6.api.metrics.MetricType;

/**
 * The running aggregate of one metric's (or sub-metric's) samples. Implementations are not
 * thread-safe: {@link MetricsEngine} serialises writers, and readers only ever see copies.
 */
public sealed interface Sink permits CounterSink, GaugeSink, RateSink, TrendSink {

    /** Adds one sample value. */
    void add(double value);

    /** True while no sample was added. */
    boolean isEmpty();

    /** An independent copy, so a summary can read it while VUs keep writing. */
    Sink copy();

    /** A new, empty sink fitting a metric type. */
    static Sink forType(MetricType type) {
        return switch (type) {
            case COUNTER -> new CounterSink();
            case GAUGE -> new GaugeSink();
            case RATE -> new RateSink();
            case TREND -> new TrendSink();
        };
    }
}
