package io.jk6.engine.runner;

import io.jk6.api.runner.CheckCount;
import io.jk6.api.runner.LiveMetric;
import io.jk6.api.runner.TestStatus;
import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.GaugeSink;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.MetricsSnapshot;
import io.jk6.engine.metrics.RateSink;
import io.jk6.engine.metrics.TrendSink;
import io.jk6.engine.run.ExecutionState;
import io.jk6.engine.run.ExecutionStatus;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a running test shows and takes from outside while it runs (k6's {@code ControlSurface}):
 * its status, its metrics with their thresholds judged now, its checks, and the REST API's stop.
 */
final class LiveView {

    private final TestRun run;
    private final RunLog log;

    LiveView(TestRun run, RunLog log) {
        this.run = run;
        this.log = log;
    }

    TestStatus status() {
        ExecutionState execution = run.execution();
        ExecutionStatus status = execution.status();
        boolean tainted = thresholdsPassed(run.metrics().snapshot()).containsValue(false);
        return new TestStatus(status.code(), execution.isPaused(), execution.activeVUs(), execution.initializedVUs(),
                execution.isStopping(), execution.isStarted() && !status.isFinal(), tainted);
    }

    List<LiveMetric> metrics() {
        MetricsSnapshot snapshot = run.metrics().snapshot();
        Duration t = testRunDuration();
        Map<String, Boolean> passed = thresholdsPassed(snapshot);
        return snapshot.metrics().stream().map(m -> new LiveMetric(m.name(), m.metricName(),
                m.metric().type().k6Name(), m.metric().valueType().k6Name(),
                m.isSubmetric() ? m.tags().asMap() : Map.of(), values(m, t), passed.get(m.name()))).toList();
    }

    List<CheckCount> checks() {
        return run.metrics().snapshot().checks().stream()
                .map(c -> new CheckCount(c.groupPath(), c.name(), c.passes(), c.fails())).toList();
    }

    List<String> groupPaths() {
        return run.metrics().groupPaths();
    }

    /**
     * {@code PATCH /v1/status} with {@code stopped: true}: as Ctrl-C, no new iterations, running
     * ones get their graceful stop, teardown and the summary follow, and the test ends with k6's
     * exit code 103. A test already stopping (a signal) keeps its reason, one that ran to its end
     * its outcome.
     */
    void stopFromApi() {
        if (run.execution().status().isFinal()) {
            return; // over (lingering): nothing to stop, the outcome stays
        }
        if (run.execution().isStopping()) {
            run.abort();
            return;
        }
        log.warn("Stopping the test on a request to the REST API, waiting for VUs to finish their iteration");
        run.stop(new RunOutcome.StoppedFromRestApi());
    }

    /** k6's {@code GetCurrentTestRunDuration}: zero before the test started, paused time left out. */
    private Duration testRunDuration() {
        return run.execution().isStarted() ? run.execution().elapsed() : Duration.ZERO;
    }

    /** k6's {@code Sink.Format(t)}, and a trend's p(99) for Prometheus. */
    private static Map<String, Double> values(MetricSnapshot m, Duration t) {
        Map<String, Double> values = new LinkedHashMap<>();
        switch (m.sink()) {
            case CounterSink c -> {
                values.put("count", c.count());
                values.put("rate", c.rate(t));
            }
            case GaugeSink gauge -> values.put("value", gauge.value());
            case RateSink r -> values.put("rate", r.rate());
            case TrendSink trend -> {
                values.put("avg", trend.avg());
                values.put("min", trend.min());
                values.put("med", trend.med());
                values.put("max", trend.max());
                values.put("p(90)", trend.percentile(90));
                values.put("p(95)", trend.percentile(95));
                values.put("p(99)", trend.percentile(99));
            }
        }
        return values;
    }

    /**
     * The thresholds judged now, by metric name: true when all of a metric's thresholds pass.
     * Metrics without thresholds are absent (k6's {@code tainted: null}).
     */
    private Map<String, Boolean> thresholdsPassed(MetricsSnapshot snapshot) {
        if (run.thresholds().thresholds().isEmpty()) {
            return Map.of();
        }
        ThresholdsReport report = run.thresholds().now(snapshot, testRunDuration());
        Map<String, Boolean> passed = new HashMap<>();
        for (MetricThresholdResults m : report.metrics()) {
            passed.merge(m.name(), m.passed(), Boolean::logicalAnd);
        }
        return passed;
    }
}
