package io.jk6.api.metrics;

/** What a metric's values mean, which decides how the summary formats them. */
public enum ValueType {
    /** A plain number. */
    DEFAULT,
    /** A duration in milliseconds. */
    TIME,
    /** An amount of bytes. */
    DATA;

    /** k6's JSON name for the value type ("default", "time", "data"). */
    public String k6Name() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
