package io.jk6.api.metrics;

/** How samples of a metric are aggregated; the same four kinds as k6. */
public enum MetricType {
    /** Sums its values; reported as a count and a rate per second. */
    COUNTER,
    /** Keeps the last value, and its min and max. */
    GAUGE,
    /** The share of non-zero values. */
    RATE,
    /** A distribution: avg, min, med, max and percentiles. */
    TREND;

    /** The lower-case name k6 uses in JSON ("counter", "trend", ...). */
    public String k6Name() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
