/**
 * Metrics as k6 knows them: a {@link io.jk6.api.metrics.Metric} has a name, a
 * {@link io.jk6.api.metrics.MetricType} and a {@link io.jk6.api.metrics.ValueType}; a
 * {@link io.jk6.api.metrics.Sample} is one value of one metric with its tags.
 *
 * <pre>{@code
 * Metric latency = registry.newMetric("sql_query_duration", MetricType.TREND, ValueType.TIME);
 * vu.push(Sample.of(latency, tags, millis));
 * }</pre>
 *
 * {@link io.jk6.api.metrics.BuiltinMetrics} (1.2) names the metrics every run has, for outputs
 * that tell samples by metric.
 */
@Export
@Version("1.2.0")
package io.jk6.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
