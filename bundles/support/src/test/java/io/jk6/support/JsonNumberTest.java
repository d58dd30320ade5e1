package io.jk6.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected texts are Go's json.Marshal(float64) and JavaScript's String(x) alike. */
class JsonNumberTest {

    @Test
    void integralValuesHaveNoFraction() {
        assertThat(JsonNumber.format(1)).isEqualTo("1");
        assertThat(JsonNumber.format(3)).isEqualTo("3");
        assertThat(JsonNumber.format(0)).isEqualTo("0");
        assertThat(JsonNumber.format(-0.0)).as("JavaScript's; Go writes -0").isEqualTo("0");
        assertThat(JsonNumber.format(45.0)).isEqualTo("45");
        assertThat(JsonNumber.format(123456789012345680000.0)).isEqualTo("123456789012345680000");
    }

    @Test
    void fractionsHaveTheShortestDigitsThatReadBack() {
        assertThat(JsonNumber.format(-2.5)).isEqualTo("-2.5");
        assertThat(JsonNumber.format(0.1)).isEqualTo("0.1");
        assertThat(JsonNumber.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(JsonNumber.format(12345678.9)).isEqualTo("12345678.9");
        assertThat(JsonNumber.format(0.000123)).isEqualTo("0.000123");
        assertThat(JsonNumber.format(0.000001)).isEqualTo("0.000001");
    }

    @Test
    void exponentBelowOneMillionthAndFrom1e21WithoutPaddingTheExponent() {
        // Go's encoder trims strconv's e-07 to e-7 ("clean up e-09 to e-9"), as ES6 writes it
        assertThat(JsonNumber.format(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(JsonNumber.format(-1.5e-7)).isEqualTo("-1.5e-7");
        assertThat(JsonNumber.format(9.99e-7)).isEqualTo("9.99e-7");
        assertThat(JsonNumber.format(1e-10)).isEqualTo("1e-10");
        assertThat(JsonNumber.format(1e21)).isEqualTo("1e+21");
        assertThat(JsonNumber.format(123e20)).isEqualTo("1.23e+22");
        assertThat(JsonNumber.format(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(JsonNumber.format(Double.MIN_VALUE)).isEqualTo("5e-324");
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> JsonNumber.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.format(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFastPathsWriteWhatTheGeneralLayoutWrites() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 100_000; i++) {
            double plain = 1e-3 + random.nextDouble() * (1e7 - 1e-3);
            double whole = Math.floor(random.nextDouble() * 0x1p53);
            double edge = Math.scalb(1.0, random.nextInt(-20, 24)); // powers of two across the ranges' ends
            double small = 1e-6 + random.nextDouble() * (1e-3 - 1e-6);
            double shortSmall = Math.round(small * 1e7) / 1e7; // few digits: 1.0E-4, 4.5E-4
            for (double x : new double[] {plain, whole, edge, Math.rint(plain), small, shortSmall}) {
                assertThat(JsonNumber.format(x)).as("%s", x).isEqualTo(JsonNumber.layout(x));
            }
        }
        assertThat(JsonNumber.format(1e7)).isEqualTo("10000000");
        assertThat(JsonNumber.format(9999999.5)).isEqualTo("9999999.5");
        assertThat(JsonNumber.format(0.001)).isEqualTo("0.001");
        assertThat(JsonNumber.format(0.0009765625)).isEqualTo("0.0009765625");
        assertThat(JsonNumber.format(0.0001)).isEqualTo("0.0001");
        assertThat(JsonNumber.format(0.00045)).isEqualTo("0.00045");
        assertThat(JsonNumber.format(-0.000123456)).isEqualTo("-0.000123456");
        assertThat(JsonNumber.format(Math.nextDown(1e-6))).isEqualTo("9.999999999999997e-7");
    }
}
