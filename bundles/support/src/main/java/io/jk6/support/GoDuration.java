package io.jk6.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * k6's durations. Read as k6's {@code types.ParseExtendedDuration} reads them: Go's
 * {@code time.ParseDuration} ({@code 1h2m3.5s}, {@code 500ms}, {@code 10us}, {@code -2s}) plus
 * days ({@code 2d}, {@code 1d12h}) and bare numbers, which are milliseconds. Written as Go's
 * {@code time.Duration.String()}, which k6 uses for durations in JSON, in the banner and in
 * {@code k6 inspect}: {@code 0s}, {@code 1.5µs}, {@code 500ms}, {@code 1m30s}, {@code 1h0m0s}.
 */
public final class GoDuration {

    // k6 tries strconv.ParseFloat first: any float text, exponent included, is milliseconds
    private static final Pattern MILLIS = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    // One part of a Go duration. Both micro signs: Go takes U+00B5 (µ) and U+03BC (μ), and a
    // script typed on a Greek keyboard has the second. k6 only takes d first and whole; a
    // day is read like the other units here, which reads everything k6 reads the same.
    private static final Pattern PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h|d)");

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private GoDuration() {
    }

    /**
     * The duration {@code text} names; surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException with a message naming the bad text
     */
    public static Duration parse(String text) {
        String s = text.trim();
        if (MILLIS.matcher(s).matches()) {
            return ofMillis(Double.parseDouble(s));
        }
        boolean negative = s.startsWith("-");
        String unsigned = negative || s.startsWith("+") ? s.substring(1) : s;
        Matcher part = PART.matcher(unsigned);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < unsigned.length() && part.region(at, unsigned.length()).lookingAt()) {
            BigDecimal unit = BigDecimal.valueOf(unitNanos(part.group(2)));
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(unit));
            at = part.end();
        }
        if (unsigned.isEmpty() || at != unsigned.length()) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\" (expected e.g. 30s, 1m30s, 500ms)");
        }
        // Go truncates what is finer than a nanosecond and refuses what int64 nanoseconds cannot hold
        BigDecimal whole = nanos.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException(
                    "invalid duration \"" + text + "\" (longer than Go's limit, 2562047h47m16.854775807s)");
        }
        Duration d = Duration.ofNanos(whole.longValueExact());
        return negative ? d.negated() : d;
    }

    /**
     * A setting's duration that must be more than zero, such as an output's flush interval.
     *
     * @param setting named in the errors: a variable ({@code K6_CSV_SAVE_INTERVAL}) or an argument's key
     * @throws IllegalArgumentException {@code SETTING: invalid duration ...} or {@code SETTING: the duration
     *                                  must be positive ...}
     */
    public static Duration positive(String setting, String text) {
        Duration d;
        try {
            d = parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(setting + ": the duration must be positive (got \"" + text + "\")");
        }
        return d;
    }

    /**
     * A number of milliseconds as k6 reads a number given for a duration (in JSON options, or a
     * bare number in a duration string), to the nearest nanosecond.
     *
     * @throws IllegalArgumentException for NaN, infinities and what int64 nanoseconds cannot hold
     */
    public static Duration ofMillis(double millis) {
        double nanos = millis * 1e6;
        if (!Double.isFinite(nanos) || Math.abs(nanos) >= 0x1p63) {
            throw new IllegalArgumentException("invalid duration " + millis + " ms (out of range)");
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    /** Go's {@code time.Duration.String()}: {@code 0s}, {@code 750ns}, {@code 1.5µs}, {@code 2h0m3.25s}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        String sign = d.isNegative() ? "-" : "";
        Duration abs = d.abs();
        if (abs.getSeconds() == 0) {
            // below a second Go picks the largest unit under it that the value reaches
            long nanos = abs.getNano();
            if (nanos < 1_000L) {
                return sign + nanos + "ns";
            }
            if (nanos < 1_000_000L) {
                return sign + decimal(nanos, 1_000L) + "\u00b5s";
            }
            return sign + decimal(nanos, 1_000_000L) + "ms";
        }
        long seconds = abs.getSeconds();
        String secondsText = decimal(seconds % 60 * NANOS_PER_SECOND + abs.getNano(), NANOS_PER_SECOND) + "s";
        long minutes = seconds / 60;
        if (minutes == 0) {
            return sign + secondsText;
        }
        // Go stops at hours, as days can be of different lengths
        long hours = minutes / 60;
        String minutesText = minutes % 60 + "m" + secondsText;
        return sign + (hours == 0 ? minutesText : hours + "h" + minutesText);
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> NANOS_PER_SECOND;
            case "m" -> 60 * NANOS_PER_SECOND;
            case "h" -> 3_600 * NANOS_PER_SECOND;
            case "d" -> 86_400 * NANOS_PER_SECOND;
            default -> throw new IllegalStateException("unit " + unit + " is in PART but not here");
        };
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
