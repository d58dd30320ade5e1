package io.jk6.engine.metrics;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.TagSet;
import java.util.Objects;

/**
 * The aggregate of one metric or sub-metric at one moment.
 *
 * @param name   the metric's name, or the sub-metric's full name ({@code http_reqs{status:200}})
 * @param metric the metric, for a sub-metric its parent (type and value type are shared)
 * @param tags   the sub-metric's tag filter; empty for a metric
 * @param sink   a private copy of the aggregate: a {@link CounterSink}, {@link GaugeSink},
 *               {@link RateSink} or {@link TrendSink} depending on the metric type
 */
public record MetricSnapshot(String name, Metric metric, TagSet tags, Sink sink) {

    public MetricSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(sink, "sink");
    }

    public boolean isSubmetric() {
        return !tags.isEmpty();
    }

    /** The name of the metric itself, without a sub-metric's tag filter. */
    public String metricName() {
        return metric.name();
    }
}
