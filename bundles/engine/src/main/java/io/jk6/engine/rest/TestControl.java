package io.jk6.engine.rest;

import io.jk6.engine.metrics.MetricsSnapshot;
import io.jk6.engine.run.ExecutionState;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What the REST API reads from and steers in one {@link TestRun} (k6's {@code ControlSurface}).
 */
public final class TestControl {

    private final TestRun run;
    private final RunLog log;

    public TestControl(TestRun run, RunLog log) {
        this.run = run;
        this.log = log;
    }

    TestRun run() {
        return run;
    }

    ExecutionState execution() {
        return run.execution();
    }

    /**
     * {@code PATCH /v1/status} with {@code stopped: true}: as Ctrl-C, no new iterations, running
     * ones get their graceful stop, teardown and the summary follow, and the test ends with k6's
     * exit code 103. A test already stopping (a signal) keeps its reason, one that ran to its end
     * its outcome.
     */
    void stop() {
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
    Duration testRunDuration() {
        return run.execution().isStarted() ? run.execution().elapsed() : Duration.ZERO;
    }

    /**
     * The thresholds judged now, by metric name: true when all of a metric's thresholds pass.
     * Metrics without thresholds are absent (k6's {@code tainted: null}).
     */
    Map<String, Boolean> thresholdsPassed(MetricsSnapshot snapshot) {
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

    /** k6's {@code tainted}: some threshold fails now. */
    boolean tainted() {
        return thresholdsPassed(run.metrics().snapshot()).containsValue(false);
    }
}
