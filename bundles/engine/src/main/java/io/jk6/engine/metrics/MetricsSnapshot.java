package io.jk6.engine.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Everything the end of test needs from the metrics: every metric and sub-metric that received
 * samples, and the check results.
 *
 * @param metrics metrics and sub-metrics with at least one sample, metrics in creation order,
 *                each followed by its sub-metrics
 * @param checks  per group path and check name, in the order they were first seen
 */
public record MetricsSnapshot(List<MetricSnapshot> metrics, List<CheckResult> checks) {

    public MetricsSnapshot {
        metrics = List.copyOf(metrics);
        checks = List.copyOf(checks);
    }

    /** The metric or sub-metric of that (full) name, if it received samples. */
    public Optional<MetricSnapshot> find(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
