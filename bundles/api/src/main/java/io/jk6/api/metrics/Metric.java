package io.jk6.api.metrics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named metric. Instances come from {@link MetricsRegistry#newMetric}, which returns the
 * same metric for the same name, so two modules that declare one metric share it.
 *
 * @param name      k6's rule: {@code ^[a-zA-Z_][a-zA-Z0-9_]{0,127}$}
 * @param type      how samples are aggregated
 * @param valueType how values are shown
 */
public record Metric(String name, MetricType type, ValueType valueType) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,127}");

    public Metric {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(valueType, "valueType");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid metric name '" + name
                    + "': it must start with a letter or '_' and hold at most 128 letters, digits or '_'");
        }
    }
}
