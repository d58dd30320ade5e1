package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrendStatTest {

    private static Map<String, Double> stats(ValueType valueType, List<String> stats, double... values) {
        SeriesMeasure trend = SeriesMeasure.of(new Metric("wait", MetricType.TREND, valueType), TagSet.empty(),
                TrendStat.parse(stats), false);
        for (double value : values) {
            trend.add(value);
        }
        return trend.series(1).stream().collect(Collectors.toMap(TimeSeries::name, TimeSeries::value));
    }

    @Test
    void percentilesAreNamedWithoutParenthesesNorDots() {
        assertThat(TrendStat.parse(List.of("p(99)", "p(99.9)", "p(0.95)", "med", "count", "sum", "p(99)")))
                .extracting(TrendStat::suffix).containsExactly("p99", "p999", "p095", "med", "count", "sum");
    }

    @Test
    void statsAreK6sOnesInterpolatedBetweenTheClosestRanks() {
        Map<String, Double> stats = stats(ValueType.DEFAULT,
                List.of("min", "max", "avg", "med", "count", "sum", "p(90)", "p(0)", "p(100)"), 10, 1, 9, 2, 8, 3, 7, 4, 6, 5);

        assertThat(stats).containsExactlyInAnyOrderEntriesOf(Map.of("k6_wait_min", 1.0, "k6_wait_max", 10.0,
                "k6_wait_avg", 5.5, "k6_wait_med", 5.5, "k6_wait_count", 10.0, "k6_wait_sum", 55.0,
                "k6_wait_p90", 9.1, "k6_wait_p0", 1.0, "k6_wait_p100", 10.0));
    }

    @Test
    void timesAreSentInSecondsButACountStaysACount() {
        assertThat(stats(ValueType.TIME, List.of("p(99)", "max", "count"), 250, 1500)).containsExactlyInAnyOrderEntriesOf(
                Map.of("k6_wait_p99", 1.4875, "k6_wait_max", 1.5, "k6_wait_count", 2.0));
        assertThat(stats(ValueType.DATA, List.of("max"), 2048)).containsEntry("k6_wait_max", 2048.0);
    }

    @Test
    void unknownStatsFailInK6sWords() {
        assertThatThrownBy(() -> TrendStat.parse(List.of("p99")))
                .hasMessage("invalid trend stat 'p99', unknown format");
        assertThatThrownBy(() -> TrendStat.parse(List.of("p(101)")))
                .hasMessage("invalid percentile trend stat value 'p(101)', provide a number between 0 and 100");
        assertThatThrownBy(() -> TrendStat.parse(List.of("p( 9)")))
                .hasMessage("invalid percentile trend stat value 'p( 9)', provide a number between 0 and 100");
        assertThatThrownBy(() -> TrendStat.parse(List.of("")))
                .hasMessage("invalid trend stat '', unknown format");
    }
}
