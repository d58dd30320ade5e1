package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesLabelsTest {

    private static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);

    private static TimeSeries.Label label(String name, String value) {
        return new TimeSeries.Label(name, value);
    }

    @Test
    void theNameIsK6PrefixedWithTheSuffixAndEveryNonEmptyTagIsALabelSortedByName() {
        TagSet tags = TagSet.of("status", "200", "method", "GET", "group", "", "Zone", "eu", "name", "x");

        assertThat(SeriesLabels.of(REQS, tags, "total")).containsExactly(
                label("Zone", "eu"), // upper case sorts before the underscore, as Go compares
                label("__name__", "k6_http_reqs_total"),
                label("method", "GET"),
                label("name", "x"),
                label("status", "200"));
    }

    @Test
    void noSuffixNoUnderscore() {
        assertThat(SeriesLabels.of(REQS, TagSet.empty(), "")).containsExactly(label("__name__", "k6_http_reqs"));
    }

    @Test
    void aTrendsStatIsAppendedToTheNameOnly() {
        List<TimeSeries.Label> labels = SeriesLabels.of(REQS, TagSet.of("A", "1", "b", "2"), "");

        assertThat(SeriesLabels.withNameSuffix(labels, "p99")).containsExactly(
                label("A", "1"), label("__name__", "k6_http_reqs_p99"), label("b", "2"));
    }
}
