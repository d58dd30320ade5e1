package io.jk6.engine.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.MetricsEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsJudgeTest {

    private final MetricsEngine metrics = new MetricsEngine();
    private final Metric errors = metrics.newMetric("errors", MetricType.COUNTER, ValueType.DEFAULT);
    private final ThresholdsJudge judge = new ThresholdsJudge(
            Thresholds.parseDefinitions(Map.of("errors", List.of(ThresholdDefinition.of("count<3")))), metrics);

    private void addErrors(int n) {
        for (int i = 0; i < n; i++) {
            metrics.ingest(List.of(new Sample(errors, TagSet.empty(), 0, 1)));
        }
    }

    @Test
    void theVerdictAtTheEndCountsEverySampleInByThenAndStaysThatVerdict() {
        assertThat(judge.verdict()).as("not judged before the end").isNull();
        addErrors(2);
        assertThat(judge.now(metrics.snapshot(), Duration.ofSeconds(1)).passed()).isTrue();
        addErrors(1);

        ThresholdsJudge.Verdict verdict = judge.atEnd(Duration.ofSeconds(2));

        assertThat(verdict.report().passed()).as("the third error crossed count<3").isFalse();
        assertThat(verdict.snapshot().metrics()).as("the summary shows what was judged")
                .filteredOn(m -> m.name().equals("errors")).singleElement()
                .satisfies(m -> assertThat(((CounterSink) m.sink()).count()).isEqualTo(3.0));
        addErrors(5); // a sample after the end changes nothing judged
        assertThat(judge.verdict()).isSameAs(verdict);
        assertThat(judge.verdict().report().metrics()).singleElement()
                .satisfies(m -> assertThat(m.metricExpression()).isEqualTo("errors"));
    }

    @Test
    void judgedNowWhileTheTestRunsAsOftenAsAsked() {
        addErrors(3);
        assertThat(judge.now(metrics.snapshot(), Duration.ofSeconds(1)).passed()).isFalse();
        assertThat(judge.verdict()).as("judging now is no verdict").isNull();
    }
}
