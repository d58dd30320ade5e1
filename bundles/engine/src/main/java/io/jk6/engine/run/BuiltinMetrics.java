package io.jk6.engine.run;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.ValueType;

/**
 * k6's built-in metrics, registered before the script runs as k6 does: thresholds on them are
 * then checked up front, before the first iteration. The modules that emit them (http_*,
 * checks, group_duration) ask the registry for the same names, which returns these.
 */
public final class BuiltinMetrics {

    public static final String ITERATIONS = "iterations";
    public static final String ITERATION_DURATION = "iteration_duration";
    public static final String VUS = "vus";
    public static final String VUS_MAX = "vus_max";
    public static final String DROPPED_ITERATIONS = "dropped_iterations";

    private BuiltinMetrics() {
    }

    public static void register(MetricsRegistry registry) {
        registry.newMetric(VUS, MetricType.GAUGE, ValueType.DEFAULT);
        registry.newMetric(VUS_MAX, MetricType.GAUGE, ValueType.DEFAULT);
        registry.newMetric(ITERATIONS, MetricType.COUNTER, ValueType.DEFAULT);
        registry.newMetric(ITERATION_DURATION, MetricType.TREND, ValueType.TIME);
        registry.newMetric(DROPPED_ITERATIONS, MetricType.COUNTER, ValueType.DEFAULT);
        registry.newMetric("data_sent", MetricType.COUNTER, ValueType.DATA);
        registry.newMetric("data_received", MetricType.COUNTER, ValueType.DATA);
        registry.newMetric("checks", MetricType.RATE, ValueType.DEFAULT);
        registry.newMetric("group_duration", MetricType.TREND, ValueType.TIME);
        registry.newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
        registry.newMetric("http_req_failed", MetricType.RATE, ValueType.DEFAULT);
        for (String phase : new String[] {"duration", "blocked", "connecting", "tls_handshaking", "sending",
                "waiting", "receiving"}) {
            registry.newMetric("http_req_" + phase, MetricType.TREND, ValueType.TIME);
        }
    }
}
