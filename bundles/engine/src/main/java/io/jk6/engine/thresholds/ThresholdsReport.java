package io.jk6.engine.thresholds;

import java.util.List;

/**
 * The outcome of evaluating all thresholds.
 *
 * @param metrics per metric expression, in configuration order; expressions whose metric does
 *                not exist are left out and reported in {@code errors}
 * @param errors  configuration problems only detectable once the metrics are known (unknown
 *                metric, aggregation not fitting the metric type), one message each
 * @param abortRequested true when a failed threshold has {@code abortOnFail} and its
 *                       {@code delayAbortEval} has passed
 */
public record ThresholdsReport(List<MetricThresholdResults> metrics, List<String> errors, boolean abortRequested) {

    public ThresholdsReport {
        metrics = List.copyOf(metrics);
        errors = List.copyOf(errors);
    }

    /** True when every threshold passed and the configuration was valid. */
    public boolean passed() {
        return errors.isEmpty() && metrics.stream().allMatch(MetricThresholdResults::passed);
    }

}
