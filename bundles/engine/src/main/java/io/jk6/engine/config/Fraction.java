package io.jk6.engine.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number in lowest terms, as execution segments need: {@code 1/3} of 10 VUs
 * must not lose a VU to rounding. Parsed as k6 parses segment points: a fraction ({@code 2/4}),
 * a decimal ({@code 0.5}) or a whole percentage ({@code 50%}).
 */
public record Fraction(long num, long den) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    public Fraction {
        if (den <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + den);
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    /**
     * {@code 1/3}, {@code 0.5}, {@code 1e-1} or {@code 50%}.
     *
     * @throws IllegalArgumentException with k6's message
     */
    static Fraction parse(String text) {
        if (text.endsWith("%")) {
            try {
                BigInteger percent = new BigInteger(text.substring(0, text.length() - 1));
                return new Fraction(percent.longValueExact(), 100);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("'" + text + "' is not a valid percentage");
            }
        }
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                long n = Long.parseLong(text.substring(0, slash));
                long d = Long.parseLong(text.substring(slash + 1));
                if (d > 0 && !text.substring(slash + 1).startsWith("+")) {
                    return new Fraction(n, d);
                }
            } else {
                BigDecimal decimal = new BigDecimal(text);
                BigInteger n = decimal.unscaledValue();
                BigInteger d = BigInteger.ONE;
                if (decimal.scale() > 0) {
                    d = BigInteger.TEN.pow(decimal.scale());
                } else {
                    n = n.multiply(BigInteger.TEN.pow(-decimal.scale()));
                }
                BigInteger g = n.gcd(d);
                return new Fraction(n.divide(g).longValueExact(), d.divide(g).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a valid percentage, decimal, fraction or interval value");
    }

    Fraction minus(Fraction other) {
        return new Fraction(Math.subtractExact(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den)),
                Math.multiplyExact(den, other.den));
    }

    @Override
    public int compareTo(Fraction other) {
        return BigInteger.valueOf(num).multiply(BigInteger.valueOf(other.den))
                .compareTo(BigInteger.valueOf(other.num).multiply(BigInteger.valueOf(den)));
    }

    /** Go's {@code RatString}: {@code 1/3}, or {@code 1} for whole numbers. */
    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    /** Go's {@code FloatString(2)}: {@code 0.33}, as k6's range errors show values. */
    String twoDecimals() {
        return new BigDecimal(num).divide(new BigDecimal(den), 2, RoundingMode.HALF_UP).toPlainString();
    }

    double toDouble() {
        return (double) num / den;
    }
}
