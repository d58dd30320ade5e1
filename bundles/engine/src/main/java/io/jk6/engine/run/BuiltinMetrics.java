package io.jk6.engine.run;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.ValueType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private record Builtin(String name, MetricType type, ValueType valueType) {
    }

    private static final List<Builtin> ALL = List.of(
            new Builtin(VUS, MetricType.GAUGE, ValueType.DEFAULT),
            new Builtin(VUS_MAX, MetricType.GAUGE, ValueType.DEFAULT),
            new Builtin(ITERATIONS, MetricType.COUNTER, ValueType.DEFAULT),
            new Builtin(ITERATION_DURATION, MetricType.TREND, ValueType.TIME),
            new Builtin(DROPPED_ITERATIONS, MetricType.COUNTER, ValueType.DEFAULT),
            new Builtin("data_sent", MetricType.COUNTER, ValueType.DATA),
            new Builtin("data_received", MetricType.COUNTER, ValueType.DATA),
            new Builtin("checks", MetricType.RATE, ValueType.DEFAULT),
            new Builtin("group_duration", MetricType.TREND, ValueType.TIME),
            new Builtin("http_reqs", MetricType.COUNTER, ValueType.DEFAULT),
            new Builtin("http_req_failed", MetricType.RATE, ValueType.DEFAULT),
            new Builtin("http_req_duration", MetricType.TREND, ValueType.TIME),
            new Builtin("http_req_blocked", MetricType.TREND, ValueType.TIME),
            new Builtin("http_req_connecting", MetricType.TREND, ValueType.TIME),
            new Builtin("http_req_tls_handshaking", MetricType.TREND, ValueType.TIME),
            new Builtin("http_req_sending", MetricType.TREND, ValueType.TIME),
            new Builtin("http_req_waiting", MetricType.TREND, ValueType.TIME),
            new Builtin("http_req_receiving", MetricType.TREND, ValueType.TIME));

    private BuiltinMetrics() {
    }

    /** Registers every built-in metric in {@code registry}; returns them for outputs ({@code WithBuiltinMetrics}). */
    public static io.jk6.api.metrics.BuiltinMetrics register(MetricsRegistry registry) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        for (Builtin b : ALL) {
            metrics.put(b.name(), registry.newMetric(b.name(), b.type(), b.valueType()));
        }
        Map<String, Metric> registered = Collections.unmodifiableMap(metrics);
        return new io.jk6.api.metrics.BuiltinMetrics() {
            @Override
            public Optional<Metric> metric(String name) {
                return Optional.ofNullable(registered.get(name));
            }

            @Override
            public Collection<Metric> metrics() {
                return registered.values();
            }
        };
    }
}
