package io.jk6.api.metrics;

import java.util.Collection;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The metrics of one test run. Thread-safe. */
@ProviderType
public interface MetricsRegistry {

    /**
     * Returns the metric with this name, creating it if needed. Calling it twice with the same
     * arguments returns the same metric.
     *
     * @throws IllegalArgumentException when the name is invalid, or a metric of that name
     *                                  exists with another type or value type
     */
    Metric newMetric(String name, MetricType type, ValueType valueType);

    /** The metric with this name, if one was created. */
    Optional<Metric> metric(String name);

    /** Every metric created so far. */
    Collection<Metric> metrics();
}
