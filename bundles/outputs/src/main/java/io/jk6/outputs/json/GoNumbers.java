package io.jk6.outputs.json;

import java.math.BigDecimal;

/**
 * Numbers as Go's encoding/json writes a float64, so files compare with k6's: integral values
 * without a fraction ({@code 1}, not {@code 1.0}), plain notation from 1e-6 to 1e21, exponent
 * notation ({@code 1e+21}) outside it.
 */
final class GoNumbers {

    private GoNumbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null"; // Go refuses these; null keeps the line valid JSON
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs < 1e21 && abs >= 1e-6) {
            // Double.toString is the shortest repr that round-trips (JDK 19+); only its notation differs
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
        String s = Double.toString(value); // e.g. 1.0E21, 1.5E-7
        int e = s.indexOf('E');
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        String exponent = s.substring(e + 1);
        if (!exponent.startsWith("-")) {
            exponent = "+" + exponent;
        }
        if (exponent.length() == 2) {
            exponent = exponent.charAt(0) + "0" + exponent.charAt(1); // Go writes at least two digits
        }
        return mantissa + "e" + exponent;
    }
}
