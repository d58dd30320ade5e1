package io.jk6.output.csv;

import java.util.Locale;

/**
 * Go's {@code %f} (six decimals), as k6 writes a csv value; NaN and infinities as Go spells them.
 * {@link String#format} takes microseconds a value, a fifth of the csv output's cost in a busy test,
 * so a value of up to a million that is not within a hundredth of a unit of the sixth decimal from a
 * tie is rounded through a long: there, the product by 10^6 rounds the same way as the exact decimal.
 * Every other value goes through {@code String.format}, as before.
 */
final class SixDecimals {

    private static final double LIMIT = 1e6;
    private static final double TIE_MARGIN = 0.01;

    private SixDecimals() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        double magnitude = Math.abs(value);
        double scaled = magnitude * 1e6;
        double fraction = scaled - Math.floor(scaled);
        if (magnitude >= LIMIT || Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return String.format(Locale.ROOT, "%f", value);
        }
        long micros = Math.round(scaled);
        StringBuilder text = new StringBuilder(24);
        if (value < 0 || (value == 0 && 1 / value < 0)) {
            text.append('-'); // Go keeps the sign of -0 and of what rounds to zero
        }
        String decimals = Long.toString(micros % 1_000_000);
        return text.append(micros / 1_000_000).append('.').repeat('0', 6 - decimals.length()).append(decimals)
                .toString();
    }
}
