package io.jk6.engine.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** k6's duration strings: Go's {@code time.ParseDuration} units ({@code 1h2m3.5s}, {@code 500ms}, {@code 10us}). */
public final class K6Duration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h|d)");

    private K6Duration() {
    }

    /**
     * Parses a duration; a bare number means milliseconds (as k6 reads numbers in JSON options).
     *
     * @throws IllegalArgumentException with a message naming the bad text
     */
    public static Duration parse(String text) {
        String s = text.trim();
        if (s.startsWith("-") || s.startsWith("+")) {
            // Go's time.ParseDuration takes a sign: a negative duration is then an option's error
            Duration d = parse(s.substring(1));
            return s.startsWith("-") ? d.negated() : d;
        }
        if (s.matches("\\d+(\\.\\d+)?")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(s) * 1_000_000));
        }
        Matcher m = PART.matcher(s);
        int at = 0;
        double nanos = 0;
        while (m.find() && m.start() == at) {
            double v = Double.parseDouble(m.group(1));
            nanos += v * switch (m.group(2)) {
                case "ns" -> 1d;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> 86400e9;
            };
            at = m.end();
        }
        if (at != s.length() || s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\" (expected e.g. 30s, 1m30s, 500ms)");
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    /** k6's rendering: {@code 30s}, {@code 1m30s}, {@code 1h0m0s}, {@code 500ms}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 1_000_000_000L) {
            double ms = nanos / 1e6;
            return (ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms)) + "ms";
        }
        long h = d.toHours();
        long m = d.toMinutesPart();
        double s = d.toSecondsPart() + d.toNanosPart() / 1e9;
        String secs = s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
        if (h > 0) {
            return h + "h" + m + "m" + secs + "s";
        }
        if (m > 0) {
            return m + "m" + secs + "s";
        }
        return secs + "s";
    }
}
