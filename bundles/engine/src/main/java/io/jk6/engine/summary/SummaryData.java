package io.jk6.engine.summary;

import io.jk6.engine.metrics.Breakdown;
import io.jk6.engine.metrics.CheckResult;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.MetricsSnapshot;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the end-of-test summary is made of.
 *
 * @param testRunDuration how long the test ran (counter rates are per second of it)
 * @param metrics         metrics and sub-metrics that received samples
 * @param thresholds      threshold results per metric expression; empty without thresholds
 * @param checks          check results per group path and name, in first-seen order
 * @param breakdown       the results by group and scenario of {@code --summary-mode full}
 */
public record SummaryData(Duration testRunDuration, List<MetricSnapshot> metrics,
        List<MetricThresholdResults> thresholds, List<CheckResult> checks, Breakdown breakdown) {

    public SummaryData {
        Objects.requireNonNull(testRunDuration, "testRunDuration");
        metrics = List.copyOf(metrics);
        thresholds = List.copyOf(thresholds);
        checks = List.copyOf(checks);
        Objects.requireNonNull(breakdown, "breakdown");
    }

    /** Without results by group and scenario. */
    public SummaryData(Duration testRunDuration, List<MetricSnapshot> metrics,
            List<MetricThresholdResults> thresholds, List<CheckResult> checks) {
        this(testRunDuration, metrics, thresholds, checks, Breakdown.NONE);
    }

    /** Puts together the engine's snapshot and the threshold report. */
    public static SummaryData of(Duration testRunDuration, MetricsSnapshot snapshot, ThresholdsReport thresholds) {
        return new SummaryData(testRunDuration, snapshot.metrics(),
                thresholds == null ? List.of() : thresholds.metrics(), snapshot.checks(), snapshot.breakdown());
    }

    /** The metric or sub-metric of that full name. */
    public Optional<MetricSnapshot> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** Check results by group path ({@code ""} for the root group), groups in first-seen order. */
    public Map<String, List<CheckResult>> checksByGroup() {
        Map<String, List<CheckResult>> byGroup = new LinkedHashMap<>();
        for (CheckResult c : checks) {
            byGroup.computeIfAbsent(c.groupPath(), k -> new ArrayList<>()).add(c);
        }
        return byGroup;
    }
}
