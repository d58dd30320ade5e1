package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;

/**
 * k6's display of metric values: rates as truncated percentages, bytes as {@code 1.2 MB},
 * durations as {@code 1.23ms}, {@code 123.45µs}, {@code 1.5s}, {@code 1m30s}, plain numbers with
 * at most 6 decimals.
 */
public final class Humanize {

    private static final String[] BYTE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    private Humanize() {
    }

    /**
     * Formats a value of a metric.
     *
     * @param timeUnit k6's {@code summaryTimeUnit} ({@code s}, {@code ms}, {@code us}) or null
     *                 for the adaptive format
     */
    public static String value(double value, MetricType type, ValueType valueType, String timeUnit) {
        if (type == MetricType.RATE) {
            // k6 truncates rather than rounds, so 99.999% never shows as 100.00%.
            return JsNumbers.toFixed(JsNumbers.truncate(value * 100 * 100) / 100, 2) + "%";
        }
        return switch (valueType) {
            case DATA -> bytes(value);
            case TIME -> duration(value, timeUnit);
            case DEFAULT -> JsNumbers.toFixedNoTrailingZeros(value, 6);
        };
    }

    /** An amount of bytes with SI units, e.g. {@code 519 kB}, {@code 1.2 MB}. */
    public static String bytes(double bytes) {
        if (bytes < 10) {
            return JsNumbers.toString(bytes) + " B";
        }
        int e = (int) Math.floor(StrictMath.log(bytes) / StrictMath.log(1000));
        String suffix = BYTE_UNITS[Math.min(e, BYTE_UNITS.length - 1)];
        double val = Math.floor(bytes / Math.pow(1000, e) * 10 + 0.5) / 10;
        return JsNumbers.toFixed(val, val < 10 ? 1 : 0) + " " + suffix;
    }

    /** A duration given in milliseconds, in a fixed unit when {@code timeUnit} is set. */
    public static String duration(double millis, String timeUnit) {
        if (timeUnit != null) {
            switch (timeUnit) {
                case "s":
                    return JsNumbers.toFixed(millis * 0.001, 2) + "s";
                case "ms":
                    return JsNumbers.toFixed(millis, 2) + "ms";
                case "us":
                    return JsNumbers.toFixed(millis * 1000, 2) + "µs";
                default:
                    break;
            }
        }
        return duration(millis);
    }

    /** The adaptive duration format: ns, µs, ms, s, then {@code 1m30s}, {@code 1h2m3s}. */
    public static String duration(double millis) {
        if (millis == 0) {
            return "0s";
        }
        if (millis < 0.001) {
            return JsNumbers.toString(JsNumbers.truncate(millis * 1_000_000)) + "ns";
        }
        if (millis < 1) {
            return JsNumbers.toFixedNoTrailingZerosTrunc(millis * 1000, 2) + "µs";
        }
        if (millis < 1000) {
            return JsNumbers.toFixedNoTrailingZerosTrunc(millis, 2) + "ms";
        }
        String seconds = JsNumbers.toFixedNoTrailingZerosTrunc((millis % 60000) / 1000, millis > 60000 ? 0 : 2) + "s";
        double minutes = JsNumbers.truncate(millis / 60000);
        if (minutes < 1) {
            return seconds;
        }
        String withMinutes = JsNumbers.toString(minutes % 60) + "m" + seconds;
        double hours = JsNumbers.truncate(minutes / 60);
        if (hours < 1) {
            return withMinutes;
        }
        return JsNumbers.toString(hours) + "h" + withMinutes;
    }
}
