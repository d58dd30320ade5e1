package io.jk6.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * k6 durations: Go duration strings ({@code "10s"}, {@code "1m30s"}, {@code "250ms"},
 * {@code "1.5s"}) or plain numbers, which are milliseconds.
 */
final class K6Duration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private K6Duration() {
    }

    /** Milliseconds in {@code text}; throws {@link IllegalArgumentException} when it is no duration. */
    static double parseMillis(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\"");
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException notAPlainNumber) {
            // a Go duration string then
        }
        Matcher m = PART.matcher(s);
        double total = 0;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("invalid duration \"" + text + "\"");
            }
            total += Double.parseDouble(m.group(1)) * unitMillis(m.group(2));
            at = m.end();
        }
        return total;
    }

    private static double unitMillis(String unit) {
        return switch (unit) {
            case "ns" -> 1e-6;
            case "us", "µs", "μs" -> 1e-3;
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
