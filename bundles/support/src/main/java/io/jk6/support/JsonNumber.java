package io.jk6.support;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A finite double as JSON text the way both k6 runtimes write it: Go's {@code encoding/json}
 * for a float64 and JavaScript's {@code Number.prototype.toString} (so {@code JSON.stringify})
 * give the same text, because Go chose the ES6 rules (golang.org/issue/14135): the shortest
 * digits that read back as the same double, plain notation from 1e-6 up to 1e21 ({@code 1},
 * never {@code 1.0}; {@code 0.000123}), exponent notation outside it ({@code 1.5e-7},
 * {@code 1e+21}). The one difference, negative zero, is written as JavaScript writes it
 * ({@code 0}; Go writes {@code -0}).
 */
public final class JsonNumber {

    private JsonNumber() {
    }

    /**
     * The text of {@code x}.
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold: each
     *     caller knows what stands in for them (Go refuses to write them, JS writes null)
     */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(x + " is no JSON number");
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + format(-x);
        }
        // the common cases, without the BigDecimal below (outputs write one number per sample):
        // whole numbers below 2^53 are exact as longs, and from 1e-3 to 1e7 Double.toString
        // already writes the shortest digits in plain notation, as JavaScript does
        if (x < 0x1p53 && x == Math.rint(x)) {
            return Long.toString((long) x);
        }
        if (x >= 1e-3 && x < 1e7) {
            return Double.toString(x);
        }
        if (x >= 1e-6 && x < 1e-3) {
            return belowOneThousandth(x);
        }
        return layout(x);
    }

    /**
     * {@code 1e-6 <= x < 1e-3}, which a test's timings often are (a millisecond metric's
     * microseconds): Double.toString's shortest digits, which it writes as {@code 4.5E-4}, laid out
     * plainly ({@code 0.00045}) without the BigDecimal of {@link #layout}.
     */
    private static String belowOneThousandth(double x) {
        String java = Double.toString(x); // d.ddddE-k, k from 4 to 6
        int e = java.indexOf('E');
        int zeros = -Integer.parseInt(java, e + 1, java.length(), 10) - 1;
        int last = e - 1;
        while (java.charAt(last) == '0') {
            last--; // Java writes 1.0E-4 where one digit would do
        }
        StringBuilder text = new StringBuilder(2 + zeros + last).append("0.").repeat('0', zeros).append(java.charAt(0));
        if (last > 1) {
            text.append(java, 2, last + 1);
        }
        return text.toString();
    }

    /** Any positive finite {@code x}: the shortest digits laid out with ECMAScript's rules. */
    static String layout(double x) {
        // Double.toString gives the shortest round-trip digits (JDK 19+); only its layout
        // differs, so the digits are laid out again with the ECMAScript rules.
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        if (x < Double.MIN_NORMAL && d.precision() == 2) {
            // Java writes at least two digits, the closest pair; for a normal double that pair
            // ends in 0 when one digit would do, but not for the coarsest subnormals (4.9E-324,
            // where JavaScript and Go write the one digit: 5e-324)
            BigDecimal one = d.round(new MathContext(1, RoundingMode.HALF_EVEN));
            d = Double.parseDouble(one.toString()) == x ? one.stripTrailingZeros() : d;
        }
        String digits = d.unscaledValue().toString();
        int k = digits.length();
        int n = k - d.scale(); // x = 0.digits * 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String exponent = (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }
}
