package io.jk6.k6.execution;

/** Go's {@code time.Duration.String()} form, as k6 writes durations in JSON: {@code 1m30s}, {@code 500ms}. */
final class GoDuration {

    private GoDuration() {
    }

    static String format(double millis) {
        long nanos = Math.round(millis * 1e6);
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        nanos = Math.abs(nanos);
        if (nanos < 1_000L) {
            return sign + nanos + "ns";
        }
        if (nanos < 1_000_000L) {
            return sign + decimal(nanos, 1_000L) + "µs";
        }
        if (nanos < 1_000_000_000L) {
            return sign + decimal(nanos, 1_000_000L) + "ms";
        }
        long hours = nanos / 3_600_000_000_000L;
        long minutes = nanos / 60_000_000_000L % 60;
        String seconds = decimal(nanos % 60_000_000_000L, 1_000_000_000L) + "s";
        if (hours > 0) {
            return sign + hours + "h" + minutes + "m" + seconds;
        }
        if (minutes > 0) {
            return sign + minutes + "m" + seconds;
        }
        return sign + seconds;
    }

    // value / unit with the fraction's trailing zeros dropped, as Go prints it
    private static String decimal(long value, long unit) {
        long whole = value / unit;
        long fraction = value % unit;
        if (fraction == 0) {
            return String.valueOf(whole);
        }
        String digits = String.valueOf(unit + fraction).substring(1).replaceAll("0+$", "");
        return whole + "." + digits;
    }
}
