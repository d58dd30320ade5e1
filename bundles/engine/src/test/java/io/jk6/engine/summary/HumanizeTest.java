package io.jk6.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import org.junit.jupiter.api.Test;

class HumanizeTest {

    @Test
    void durationsUseK6sAdaptiveUnitsAndTruncate() {
        assertThat(Humanize.duration(0)).isEqualTo("0s");
        assertThat(Humanize.duration(0.0005)).isEqualTo("500ns");
        assertThat(Humanize.duration(0.12345)).isEqualTo("123.45µs");
        assertThat(Humanize.duration(1.23456)).isEqualTo("1.23ms");
        assertThat(Humanize.duration(148.219)).isEqualTo("148.21ms");
        assertThat(Humanize.duration(1500)).isEqualTo("1.5s");
        assertThat(Humanize.duration(90_000)).isEqualTo("1m30s");
        assertThat(Humanize.duration(3_723_000)).isEqualTo("1h2m3s");
    }

    @Test
    void fixedTimeUnitRoundsToTwoDecimals() {
        assertThat(Humanize.duration(1234.5678, "s")).isEqualTo("1.23s");
        assertThat(Humanize.duration(1.005, "ms")).isEqualTo("1.00ms");
        assertThat(Humanize.duration(1.5, "us")).isEqualTo("1500.00µs");
    }

    @Test
    void bytesUseSiUnits() {
        assertThat(Humanize.bytes(5)).isEqualTo("5 B");
        assertThat(Humanize.bytes(519_000)).isEqualTo("519 kB");
        assertThat(Humanize.bytes(1_250_000)).isEqualTo("1.3 MB");
        assertThat(Humanize.bytes(12_345)).isEqualTo("12 kB");
        assertThat(Humanize.bytes(2_040)).isEqualTo("2.0 kB");
    }

    @Test
    void ratesArePercentagesTruncatedToTwoDecimals() {
        assertThat(Humanize.value(0.99999, MetricType.RATE, ValueType.DEFAULT, null)).isEqualTo("99.99%");
        assertThat(Humanize.value(1, MetricType.RATE, ValueType.DEFAULT, null)).isEqualTo("100.00%");
        assertThat(Humanize.value(0, MetricType.RATE, ValueType.DEFAULT, null)).isEqualTo("0.00%");
    }

    @Test
    void plainNumbersKeepAtMostSixDecimals() {
        assertThat(Humanize.value(13.1221789, MetricType.COUNTER, ValueType.DEFAULT, null)).isEqualTo("13.122179");
        assertThat(Humanize.value(45, MetricType.COUNTER, ValueType.DEFAULT, null)).isEqualTo("45");
        assertThat(Humanize.value(6.5, MetricType.COUNTER, ValueType.DEFAULT, null)).isEqualTo("6.5");
    }

    @Test
    void javascriptNumberToString() {
        assertThat(JsNumbers.toString(45.0)).isEqualTo("45");
        assertThat(JsNumbers.toString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(JsNumbers.toString(1e21)).isEqualTo("1e+21");
        assertThat(JsNumbers.toString(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(JsNumbers.toString(0.000001)).isEqualTo("0.000001");
        assertThat(JsNumbers.toString(-2.5)).isEqualTo("-2.5");
        assertThat(JsNumbers.toFixed(1.005, 2)).isEqualTo("1.00");
        assertThat(JsNumbers.toFixed(2.5, 0)).isEqualTo("3");
    }
}
