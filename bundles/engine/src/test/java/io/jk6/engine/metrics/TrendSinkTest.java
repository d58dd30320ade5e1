package io.jk6.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrendSinkTest {

    @Test
    void percentilesOfOneToThousandInterpolateLikeK6() {
        TrendSink t = new TrendSink();
        for (int i = 1; i <= 1000; i++) {
            t.add(i);
        }
        // k6: index p * (n - 1), linear interpolation between neighbours.
        assertThat(t.percentile(95)).isCloseTo(950.05, within(1e-9));
        assertThat(t.med()).isCloseTo(500.5, within(1e-9));
        assertThat(t.avg()).isEqualTo(500.5);
        assertThat(t.min()).isEqualTo(1);
        assertThat(t.max()).isEqualTo(1000);
        assertThat(t.count()).isEqualTo(1000);
    }

    @Test
    void pastTheExactLimitPercentilesComeFromTheHistogramWithinItsPrecision() {
        TrendSink t = new TrendSink();
        int n = TrendSink.EXACT_LIMIT * 10;
        for (int i = 1; i <= n; i++) {
            t.add(i * 0.01);
        }
        double max = n * 0.01;
        assertThat(t.percentile(95)).isCloseTo(0.95 * max, within(0.95 * max * 0.002));
        assertThat(t.percentile(99.9)).isCloseTo(0.999 * max, within(max * 0.002));
        assertThat(t.med()).isCloseTo(0.5 * max, within(0.5 * max * 0.002));
        assertThat(t.min()).isEqualTo(0.01);
        assertThat(t.max()).isEqualTo(max);
    }

    @Test
    void negativeValuesAreSupportedInBothModes() {
        TrendSink small = new TrendSink();
        TrendSink large = new TrendSink();
        for (int i = -500; i < 500; i++) {
            small.add(i);
        }
        for (int i = -50_000; i < 50_000; i++) {
            large.add(i);
        }
        assertThat(small.percentile(10)).isCloseTo(-400.1, within(1e-9));
        assertThat(large.percentile(10)).isCloseTo(-40_000, within(40_000 * 0.002));
        assertThat(large.percentile(90)).isCloseTo(40_000, within(40_000 * 0.002));
        assertThat(large.min()).isEqualTo(-50_000);
    }

    @Test
    void emptyTrendReportsZeros() {
        TrendSink t = new TrendSink();
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.avg()).isZero();
        assertThat(t.percentile(95)).isZero();
    }
}
