package io.jk6.engine.thresholds;

import java.util.List;

/**
 * The thresholds of one metric expression (a metric or a sub-metric), in configuration order.
 *
 * @param metricExpression the key as written in {@code options.thresholds}
 * @param name             k6's canonical (sub-)metric name, under which the summary shows it
 * @param results          one per threshold
 */
public record MetricThresholdResults(String metricExpression, String name, List<ThresholdResult> results) {

    public MetricThresholdResults {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(ThresholdResult::passed);
    }
}
