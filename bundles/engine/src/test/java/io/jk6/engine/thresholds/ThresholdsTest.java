package io.jk6.engine.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.MetricsEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private final MetricsEngine engine = new MetricsEngine();

    private void durations(double... values) {
        Metric d = engine.newMetric("http_req_duration", MetricType.TREND, ValueType.TIME);
        List<Sample> batch = new ArrayList<>();
        for (double v : values) {
            batch.add(new Sample(d, TagSet.of("status", v > 900 ? "500" : "200"), 0, v));
        }
        engine.ingest(batch);
    }

    private ThresholdsReport evaluate(Map<String, List<String>> config) {
        Thresholds t = Thresholds.parse(config);
        t.registerSubmetrics(engine);
        return t.evaluate(engine, engine.snapshot(), Duration.ofSeconds(10));
    }

    private static double[] oneTo(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i + 1;
        }
        return v;
    }

    @Test
    void p95BelowLimitPassesAndAboveFails() {
        durations(oneTo(1000));
        ThresholdsReport report = evaluate(Map.of("http_req_duration", List.of("p(95)<960", "p(95)<500")));
        List<ThresholdResult> results = report.metrics().get(0).results();
        assertThat(results.get(0).passed()).isTrue();
        assertThat(results.get(1).passed()).isFalse();
        assertThat(results.get(1).observed()).isEqualTo(950.05, within(1e-9));
        assertThat(results.get(1).aggregation()).isEqualTo("p(95)");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void rateAndCountThresholds() {
        Metric failed = engine.newMetric("http_req_failed", MetricType.RATE, ValueType.DEFAULT);
        Metric reqs = engine.newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(Sample.of(failed, TagSet.empty(), i == 0 ? 1 : 0));
            batch.add(Sample.of(reqs, TagSet.empty(), 1));
        }
        engine.ingest(batch);
        Map<String, List<String>> config = new LinkedHashMap<>();
        config.put("http_req_failed", List.of("rate<0.01", "rate < 0.001"));
        config.put("http_reqs", List.of("count>10", "count>=1000", "rate==20"));
        ThresholdsReport report = evaluate(config);
        assertThat(report.metrics().get(0).results()).extracting(ThresholdResult::passed).containsExactly(true, false);
        assertThat(report.metrics().get(1).results()).extracting(ThresholdResult::passed)
                .containsExactly(true, false, true);
        assertThat(report.metrics().get(1).results().get(2).observed()).isEqualTo(20);
    }

    @Test
    void submetricThresholdJudgesOnlyTaggedSamples() {
        Thresholds t = Thresholds.parse(Map.of("http_req_duration{status:200}", List.of("max<=900")));
        t.registerSubmetrics(engine);
        durations(100, 900, 5000);
        ThresholdsReport report = t.evaluate(engine, engine.snapshot(), Duration.ofSeconds(1));
        assertThat(report.passed()).isTrue();
        assertThat(report.metrics().get(0).results().get(0).observed()).isEqualTo(900);
        assertThat(report.metrics().get(0).name()).isEqualTo("http_req_duration{status:200}");
    }

    @Test
    void whitespaceAndDecimalPercentilesAreAccepted() {
        ThresholdExpression e = ThresholdExpression.parse("  p(99.9)   <=  300.5 ");
        assertThat(e.aggregation().percentile()).isEqualTo(99.9);
        assertThat(e.operator()).isEqualTo(ThresholdOperator.LESS_OR_EQUAL);
        assertThat(e.value()).isEqualTo(300.5);
        assertThat(ThresholdExpression.parse("count===3").operator()).isEqualTo(ThresholdOperator.STRICTLY_EQUAL);
        assertThat(ThresholdExpression.parse("value!=0").operator()).isEqualTo(ThresholdOperator.NOT_EQUAL);
    }

    @Test
    void everySyntaxErrorIsReportedWithItsLocation() {
        Map<String, List<String>> config = new LinkedHashMap<>();
        config.put("http_req_duration", List.of("p(95)<500", "p(95)<<500", "p95<200", "avg<"));
        config.put("http_req_failed", List.of("rate 0.01"));
        config.put("http_reqs{status:200", List.of("count>1"));
        InvalidThresholdsException e = catchThrowableOfType(InvalidThresholdsException.class,
                () -> Thresholds.parse(config));
        assertThat(e.errors()).containsExactly(
                "thresholds[\"http_req_duration\"][1]: invalid threshold expression \"p(95)<<500\": "
                        + "the value \"<500\" after < is not a number",
                "thresholds[\"http_req_duration\"][2]: invalid threshold expression \"p95<200\": "
                        + "unknown aggregation method \"p95\"; expected one of count, rate, value, avg, min, max, med, p(N)",
                "thresholds[\"http_req_duration\"][3]: invalid threshold expression \"avg<\": no value after the operator <",
                "thresholds[\"http_req_failed\"][0]: invalid threshold expression \"rate 0.01\": "
                        + "no comparison operator; expected one of < <= > >= == === !=",
                "thresholds[\"http_reqs{status:200\"]: invalid metric expression: missing the closing '}' of the tag filter");
        assertThat(e).hasMessageContaining("p(95)<<500").hasMessageContaining("rate 0.01");
    }

    @Test
    void unknownMetricsAndUnfittingAggregationsAreReportedAtEvaluation() {
        durations(1, 2, 3);
        engine.newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
        Map<String, List<String>> config = new LinkedHashMap<>();
        config.put("nope", List.of("count>1"));
        config.put("http_reqs", List.of("count>1", "p(95)<3"));
        config.put("http_req_duration", List.of("rate<1", "avg<10"));
        ThresholdsReport report = evaluate(config);
        assertThat(report.errors()).containsExactly(
                "thresholds[\"nope\"]: no metric named nope",
                "thresholds[\"http_reqs\"][1]: aggregation p(95) is not supported by http_reqs, a counter metric; "
                        + "use one of: count, rate",
                "thresholds[\"http_req_duration\"][0]: aggregation rate is not supported by http_req_duration, "
                        + "a trend metric; use one of: avg, min, max, med, p(N)");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void thresholdsOfMetricsWithoutSamplesAreNotJudged() {
        engine.newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
        ThresholdsReport report = evaluate(Map.of("http_reqs", List.of("count>10")));
        ThresholdResult r = report.metrics().get(0).results().get(0);
        assertThat(r.evaluated()).isFalse();
        assertThat(r.passed()).isTrue();
    }

    @Test
    void abortOnFailRequestsAbortOnlyAfterItsDelay() {
        durations(1000);
        Map<String, List<ThresholdDefinition>> config = Map.of("http_req_duration",
                List.of(new ThresholdDefinition("avg<500", true, Duration.ofSeconds(30))));
        Thresholds t = Thresholds.parseDefinitions(config);
        assertThat(t.evaluate(engine, engine.snapshot(), Duration.ofSeconds(10)).abortRequested()).isFalse();
        assertThat(t.evaluate(engine, engine.snapshot(), Duration.ofSeconds(31)).abortRequested()).isTrue();
    }

    @Test
    void percentileAboveHundredIsRejected() {
        assertThatThrownBy(() -> ThresholdExpression.parse("p(101)<5")).hasMessageContaining("above 100");
    }
}
