package io.jk6.engine.summary;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.thresholds.Thresholds;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small known test run: 11 requests of 0..1000 ms over 2 s, checks, a custom counter. */
final class SummaryFixture {

    static final Duration DURATION = Duration.ofSeconds(2);

    private SummaryFixture() {
    }

    static SummaryData data(Map<String, List<String>> thresholdConfig) {
        MetricsEngine engine = new MetricsEngine();
        Thresholds thresholds = Thresholds.parse(thresholdConfig);
        thresholds.registerSubmetrics(engine);
        Metric custom = engine.newMetric("my_counter", MetricType.COUNTER, ValueType.DEFAULT);
        Metric duration = engine.newMetric("http_req_duration", MetricType.TREND, ValueType.TIME);
        Metric blocked = engine.newMetric("http_req_blocked", MetricType.TREND, ValueType.TIME);
        Metric failed = engine.newMetric("http_req_failed", MetricType.RATE, ValueType.DEFAULT);
        Metric reqs = engine.newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
        Metric iterations = engine.newMetric("iterations", MetricType.COUNTER, ValueType.DEFAULT);
        Metric vus = engine.newMetric("vus", MetricType.GAUGE, ValueType.DEFAULT);
        Metric received = engine.newMetric("data_received", MetricType.COUNTER, ValueType.DATA);
        Metric checks = engine.newMetric("checks", MetricType.RATE, ValueType.DEFAULT);
        List<Sample> batch = new ArrayList<>();
        TagSet ok = TagSet.of("expected_response", "true", "status", "200");
        for (int i = 0; i <= 10; i++) {
            batch.add(new Sample(duration, ok, 0, i * 100));
            batch.add(new Sample(blocked, ok, 0, 1));
            batch.add(new Sample(failed, ok, 0, 0));
            batch.add(new Sample(reqs, ok, 0, 1));
            batch.add(new Sample(iterations, TagSet.empty(), 0, 1));
        }
        for (int i = 0; i < 10; i++) {
            batch.add(new Sample(custom, TagSet.empty(), 0, 1));
            batch.add(new Sample(checks, TagSet.of("check", "status is 200", "group", ""), 0, 1));
            batch.add(new Sample(checks, TagSet.of("check", "body ok", "group", "::login"), 0, i % 2));
        }
        batch.add(new Sample(vus, TagSet.empty(), 0, 1));
        batch.add(new Sample(vus, TagSet.empty(), 0, 2));
        batch.add(new Sample(vus, TagSet.empty(), 0, 1));
        batch.add(new Sample(received, TagSet.empty(), 0, 12_345));
        engine.ingest(batch);
        ThresholdsReport report = thresholds.evaluate(engine, engine.snapshot(), DURATION);
        return SummaryData.of(DURATION, engine.snapshot(), report);
    }

    static Map<String, List<String>> defaultThresholds() {
        Map<String, List<String>> config = new LinkedHashMap<>();
        config.put("http_req_failed", List.of("rate<0.01"));
        config.put("http_req_duration", List.of("p(95)<500"));
        return config;
    }
}
