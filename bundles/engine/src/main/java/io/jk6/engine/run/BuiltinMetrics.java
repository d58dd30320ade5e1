package io.jk6.engine.run;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.ValueType;

/**
 * The metrics the engine itself emits. Modules register theirs (http_*, checks, group_duration)
 * through the same registry when they first need them.
 */
public final class BuiltinMetrics {

    public static final String ITERATIONS = "iterations";
    public static final String ITERATION_DURATION = "iteration_duration";
    public static final String VUS = "vus";
    public static final String VUS_MAX = "vus_max";

    private BuiltinMetrics() {
    }

    public static void register(MetricsRegistry registry) {
        registry.newMetric(ITERATIONS, MetricType.COUNTER, ValueType.DEFAULT);
        registry.newMetric(ITERATION_DURATION, MetricType.TREND, ValueType.TIME);
        registry.newMetric(VUS, MetricType.GAUGE, ValueType.DEFAULT);
        registry.newMetric(VUS_MAX, MetricType.GAUGE, ValueType.DEFAULT);
    }
}
