package io.jk6.testing;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.ValueType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A registry as the API describes it: same name, same metric; a clash of types is refused. */
public final class RecordingRegistry implements MetricsRegistry {

    private final Map<String, Metric> metrics = new ConcurrentHashMap<>();

    @Override
    public Metric newMetric(String name, MetricType type, ValueType valueType) {
        Metric wanted = new Metric(name, type, valueType);
        Metric existing = metrics.putIfAbsent(name, wanted);
        if (existing != null && !existing.equals(wanted)) {
            throw new IllegalArgumentException("metric '" + name + "' already exists as a "
                    + existing.type().k6Name() + " of " + existing.valueType().k6Name() + " values");
        }
        return existing == null ? wanted : existing;
    }

    @Override
    public Optional<Metric> metric(String name) {
        return Optional.ofNullable(metrics.get(name));
    }

    @Override
    public Collection<Metric> metrics() {
        return List.copyOf(metrics.values());
    }
}
