package io.jk6.output.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SixDecimalsTest {

    @Test
    void writesWhatGosPercentFWritesForTheValuesASampleHas() {
        assertThat(SixDecimals.format(1)).isEqualTo("1.000000");
        assertThat(SixDecimals.format(117.003)).isEqualTo("117.003000");
        assertThat(SixDecimals.format(0.0000004)).isEqualTo("0.000000");
        assertThat(SixDecimals.format(-2.5)).isEqualTo("-2.500000");
        assertThat(SixDecimals.format(-0.0000001)).isEqualTo("-0.000000");
        assertThat(SixDecimals.format(-0.0)).isEqualTo("-0.000000");
        assertThat(SixDecimals.format(12_345_678.9)).isEqualTo("12345678.900000");
        assertThat(SixDecimals.format(Double.NaN)).isEqualTo("NaN");
        assertThat(SixDecimals.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }

    /** The quick path must not change a single text: a million values of every magnitude a sample has. */
    @Test
    void theQuickPathWritesWhatTheGeneralFormatWrites() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 1_000_000; i++) {
            double value = switch (i % 5) {
                case 0 -> random.nextDouble(0, 10); // timings in ms
                case 1 -> random.nextDouble(0, 100_000);
                case 2 -> random.nextInt(0, 2_000_000); // counts, bytes
                case 3 -> Math.round(random.nextDouble(0, 1000) * 1000) / 1000.0; // 3 decimals
                default -> -random.nextDouble(0, 2_000_000);
            };
            assertThat(SixDecimals.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%f", value));
        }
    }
}
