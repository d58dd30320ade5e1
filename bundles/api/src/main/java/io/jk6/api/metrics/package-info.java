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
 * that tell samples by metric. {@link io.jk6.api.metrics.Sample#now()} (1.3) is the time to give
 * samples: no two in the process share it, so a store keyed by series and time loses none.
 */
@Export
@Version("1.3.0")
package io.jk6.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
