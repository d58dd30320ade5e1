package io.jk6.engine.summary;

import io.jk6.support.JsonNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number-to-text conversions with JavaScript's exact semantics, because k6 formats its summary
 * in JavaScript and users compare the digits.
 */
final class JsNumbers {

    private JsNumbers() {
    }

    /** {@code String(x)} / {@code Number.prototype.toString()}: shortest round-trip digits. */
    static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        // a finite number: the JSON number text is JavaScript's (and Go's) layout
        return JsonNumber.format(x);
    }

    /** {@code x.toFixed(digits)}: exact decimal rounding, halves away from zero. */
    static String toFixed(double x, int digits) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Math.abs(x) >= 1e21 || Double.isInfinite(x)) {
            return toString(x);
        }
        String sign = x < 0 ? "-" : "";
        return sign + new BigDecimal(Math.abs(x)).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }

    /** k6's {@code parseFloat(val.toFixed(prec)).toString()}. */
    static String toFixedNoTrailingZeros(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return toString(x);
        }
        return toString(Double.parseDouble(toFixed(x, digits)));
    }

    /** k6's truncating variant: cut (not round) to {@code digits} decimals, then as above. */
    static String toFixedNoTrailingZerosTrunc(double x, int digits) {
        double mult = Math.pow(10, digits);
        return toFixedNoTrailingZeros(truncate(mult * x) / mult, digits);
    }

    /** {@code Math.trunc}. */
    static double truncate(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
