package io.jk6.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsEngineTest {

    private final MetricsEngine engine = new MetricsEngine();

    private static Sample sample(Metric m, double v, String... tags) {
        return new Sample(m, TagSet.of(tags), 0, v);
    }

    @Test
    void newMetricReturnsTheSameMetricForTheSameDefinition() {
        Metric a = engine.newMetric("my_trend", MetricType.TREND, ValueType.TIME);
        Metric b = engine.newMetric("my_trend", MetricType.TREND, ValueType.TIME);
        assertThat(b).isSameAs(a);
        assertThat(engine.metrics()).containsExactly(a);
    }

    @Test
    void redefiningAMetricWithAnotherTypeNamesBothTypes() {
        engine.newMetric("my_metric", MetricType.TREND, ValueType.TIME);
        assertThatThrownBy(() -> engine.newMetric("my_metric", MetricType.COUNTER, ValueType.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my_metric").hasMessageContaining("trend of time")
                .hasMessageContaining("counter");
    }

    @Test
    void counterOfTenSamplesOverTwoSecondsHasCountTenAndRateFive() {
        Metric c = engine.newMetric("my_counter", MetricType.COUNTER, ValueType.DEFAULT);
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(sample(c, 1));
        }
        engine.ingest(batch);
        CounterSink sink = (CounterSink) engine.snapshot().find("my_counter").orElseThrow().sink();
        assertThat(sink.count()).isEqualTo(10);
        assertThat(sink.rate(Duration.ofSeconds(2))).isEqualTo(5);
    }

    @Test
    void gaugeAndRateAggregate() {
        Metric vus = engine.newMetric("vus", MetricType.GAUGE, ValueType.DEFAULT);
        Metric failed = engine.newMetric("http_req_failed", MetricType.RATE, ValueType.DEFAULT);
        engine.ingest(List.of(sample(vus, 3), sample(vus, 19), sample(vus, 1),
                sample(failed, 1), sample(failed, 0), sample(failed, 0), sample(failed, 0)));
        GaugeSink g = (GaugeSink) engine.snapshot().find("vus").orElseThrow().sink();
        assertThat(List.of(g.value(), g.min(), g.max())).containsExactly(1.0, 1.0, 19.0);
        RateSink r = (RateSink) engine.snapshot().find("http_req_failed").orElseThrow().sink();
        assertThat(r.rate()).isEqualTo(0.25);
        assertThat(r.passes()).isEqualTo(1);
        assertThat(r.fails()).isEqualTo(3);
    }

    @Test
    void submetricCountsOnlySamplesCarryingItsTags() {
        Metric d = engine.newMetric("http_req_duration", MetricType.TREND, ValueType.TIME);
        Submetric ok = engine.addSubmetric("http_req_duration{status:200}");
        engine.ingest(List.of(sample(d, 100, "status", "200", "method", "GET"), sample(d, 900, "status", "500"),
                sample(d, 300, "status", "200")));
        MetricsSnapshot s = engine.snapshot();
        TrendSink sub = (TrendSink) s.find(ok.name()).orElseThrow().sink();
        assertThat(sub.count()).isEqualTo(2);
        assertThat(sub.max()).isEqualTo(300);
        assertThat(((TrendSink) s.find("http_req_duration").orElseThrow().sink()).count()).isEqualTo(3);
    }

    @Test
    void identicalSubmetricExpressionsShareOneSubmetric() {
        Submetric a = engine.addSubmetric("http_reqs{status:200,method:GET}");
        Submetric b = engine.addSubmetric(" http_reqs{ method : \"GET\" , status:'200' } ");
        assertThat(b).isSameAs(a);
        assertThat(a.name()).isEqualTo("http_reqs{status:200,method:GET}");
        assertThat(a.tags()).isEqualTo(TagSet.of("status", "200", "method", "GET"));
    }

    @Test
    void malformedSubmetricExpressionsAreRejected() {
        assertThatThrownBy(() -> engine.addSubmetric("http_reqs{status:200")).hasMessageContaining("'}'");
        assertThatThrownBy(() -> engine.addSubmetric("http_reqs{status}")).hasMessageContaining("tag:value");
        assertThatThrownBy(() -> engine.addSubmetric("http_reqs")).hasMessageContaining("no tag filter");
    }

    @Test
    void expectedResponseSubmetricExistsBeforeTheHttpModuleCreatesItsMetric() {
        assertThat(engine.submetricsOf("http_req_duration")).extracting(Submetric::name)
                .containsExactly("http_req_duration{expected_response:true}");
        Metric d = engine.newMetric("http_req_duration", MetricType.TREND, ValueType.TIME);
        engine.ingest(List.of(sample(d, 10, "expected_response", "true"), sample(d, 20, "expected_response", "false")));
        assertThat(engine.snapshot().metrics()).extracting(MetricSnapshot::name)
                .containsExactly("http_req_duration", "http_req_duration{expected_response:true}");
    }

    @Test
    void checksAreCountedPerGroupAndNameInFirstSeenOrder() {
        Metric checks = engine.newMetric("checks", MetricType.RATE, ValueType.DEFAULT);
        engine.ingest(List.of(
                sample(checks, 1, "check", "status is 200", "group", ""),
                sample(checks, 0, "check", "token present", "group", "::login"),
                sample(checks, 1, "check", "status is 200", "group", "::login"),
                sample(checks, 0, "check", "status is 200", "group", ""),
                sample(checks, 1, "check", "status is 200", "group", "")));
        assertThat(engine.snapshot().checks()).containsExactly(
                new CheckResult("", "status is 200", 2, 1),
                new CheckResult("::login", "token present", 0, 1),
                new CheckResult("::login", "status is 200", 1, 0));
    }

    @Test
    void snapshotIsNotChangedByLaterSamples() {
        Metric c = engine.newMetric("iterations", MetricType.COUNTER, ValueType.DEFAULT);
        engine.ingest(List.of(sample(c, 1)));
        MetricsSnapshot before = engine.snapshot();
        engine.ingest(List.of(sample(c, 1)));
        assertThat(((CounterSink) before.find("iterations").orElseThrow().sink()).count()).isEqualTo(1);
    }

    @Test
    void concurrentIngestLosesNoSample() throws InterruptedException {
        Metric c = engine.newMetric("iterations", MetricType.COUNTER, ValueType.DEFAULT);
        Metric t = engine.newMetric("iteration_duration", MetricType.TREND, ValueType.TIME);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int vu = 0; vu < 8; vu++) {
            pool.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    engine.ingest(List.of(SampleContainer.of(List.of(sample(c, 1), sample(t, i)))));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        MetricsSnapshot s = engine.snapshot();
        assertThat(((CounterSink) s.find("iterations").orElseThrow().sink()).count()).isEqualTo(40_000);
        assertThat(((TrendSink) s.find("iteration_duration").orElseThrow().sink()).count()).isEqualTo(40_000);
    }
}
