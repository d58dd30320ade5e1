package io.jk6.engine.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the end of test needs from the metrics: every metric and sub-metric that received
 * samples, and the check results.
 *
 * @param metrics metrics and sub-metrics with at least one sample, metrics in creation order,
 *                each followed by its sub-metrics
 * @param checks    per group path and check name, in the order they were first seen
 * @param breakdown the results by group and scenario; {@link Breakdown#NONE} unless the engine
 *                  was asked to break them down
 */
public record MetricsSnapshot(List<MetricSnapshot> metrics, List<CheckResult> checks, Breakdown breakdown) {

    public MetricsSnapshot {
        metrics = List.copyOf(metrics);
        checks = List.copyOf(checks);
        Objects.requireNonNull(breakdown, "breakdown");
    }

    /** A snapshot without a breakdown by group and scenario. */
    public MetricsSnapshot(List<MetricSnapshot> metrics, List<CheckResult> checks) {
        this(metrics, checks, Breakdown.NONE);
    }

    /** The metric or sub-metric of that (full) name, if it received samples. */
    public Optional<MetricSnapshot> find(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
