package io.jk6.output.webdashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.TagSet;
import org.junit.jupiter.api.Test;

/** k6's threshold expressions, on metrics and sub-metrics. */
class ThresholdTest {

    @Test
    void anAggregationAnOperatorAndANumber() {
        Threshold t = Threshold.parse("http_req_duration", " p( 99.9 ) <= 250 ");

        assertThat(t.aggregation()).isEqualTo("p(99.9)");
        assertThat(t.operator()).isEqualTo("<=");
        assertThat(t.bound()).isEqualTo(250);
        assertThat(t.passes(250)).isTrue();
        assertThat(t.passes(250.1)).isFalse();
        assertThat(t.passes(Double.NaN)).as("no value yet").isFalse();
        assertThat(Threshold.parse("checks", "rate===1").passes(1)).isTrue();
        assertThat(Threshold.parse("http_reqs", "count!=0").passes(3)).isTrue();
    }

    @Test
    void aSubmetricKeepsItsTagFilterQuotesDropped() {
        Threshold t = Threshold.parse("http_req_duration{status:200, name:\"home page\"}", "avg<100");

        assertThat(t.metricName()).isEqualTo("http_req_duration");
        assertThat(t.filter()).isEqualTo(TagSet.of("name", "home page", "status", "200"));
        assertThat(t.isSubmetric()).isTrue();
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> Threshold.parse("x", "p95 less than 3")).hasMessageContaining("is not k6's");
    }
}
