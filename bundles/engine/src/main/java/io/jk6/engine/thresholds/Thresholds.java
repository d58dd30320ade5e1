package io.jk6.engine.thresholds;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.engine.metrics.MetricExpression;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed {@code options.thresholds} of a test: per metric expression, its threshold
 * expressions.
 *
 * <p>Parsing checks syntax only and reports every error at once. Whether a metric exists and
 * whether an aggregation fits its type is only known once modules have created their metrics, so
 * {@link #evaluate} judges that and reports it in {@link ThresholdsReport#errors()}.
 */
public final class Thresholds {

    private final List<MetricThresholds> metrics;

    private Thresholds(List<MetricThresholds> metrics) {
        this.metrics = List.copyOf(metrics);
    }

    /** No thresholds. */
    public static Thresholds none() {
        return new Thresholds(List.of());
    }

    /**
     * Parses the short form: metric expression to threshold expressions.
     *
     * @throws InvalidThresholdsException listing every malformed metric or threshold expression
     */
    public static Thresholds parse(Map<String, List<String>> config) {
        Map<String, List<ThresholdDefinition>> definitions = new LinkedHashMap<>();
        config.forEach((k, v) -> definitions.put(k, v.stream().map(ThresholdDefinition::of).toList()));
        return parseDefinitions(definitions);
    }

    /**
     * Parses thresholds given in either form (see {@link ThresholdDefinition}).
     *
     * @throws InvalidThresholdsException listing every malformed metric or threshold expression
     */
    public static Thresholds parseDefinitions(Map<String, List<ThresholdDefinition>> config) {
        List<String> errors = new ArrayList<>();
        List<MetricThresholds> parsed = new ArrayList<>();
        for (Map.Entry<String, List<ThresholdDefinition>> entry : config.entrySet()) {
            String key = entry.getKey();
            String where = "thresholds[\"" + key + "\"]";
            MetricExpression metric = null;
            try {
                metric = MetricExpression.parse(key);
            } catch (IllegalArgumentException e) {
                errors.add(where + ": invalid metric expression: " + e.getMessage());
            }
            List<Threshold> thresholds = new ArrayList<>();
            List<ThresholdDefinition> definitions = entry.getValue() == null ? List.of() : entry.getValue();
            for (int i = 0; i < definitions.size(); i++) {
                ThresholdDefinition def = definitions.get(i);
                try {
                    thresholds.add(new Threshold(ThresholdExpression.parse(def.source()), def));
                } catch (IllegalArgumentException e) {
                    errors.add(where + "[" + i + "]: invalid threshold expression \"" + def.source() + "\": "
                            + e.getMessage());
                }
            }
            if (metric != null) {
                parsed.add(new MetricThresholds(key, metric, thresholds));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidThresholdsException(errors);
        }
        return new Thresholds(parsed);
    }

    public boolean isEmpty() {
        return metrics.isEmpty();
    }

    /** Whether some threshold stops the test when it fails ({@code abortOnFail}). */
    public boolean hasAbortOnFail() {
        return metrics.stream().flatMap(m -> m.thresholds.stream()).anyMatch(t -> t.definition.abortOnFail());
    }

    /** The metric expressions, as written, in configuration order. */
    public List<String> metricExpressions() {
        return metrics.stream().map(MetricThresholds::key).toList();
    }

    /** Registers a sub-metric for every expression with a tag filter, so its samples get counted. */
    public void registerSubmetrics(MetricsEngine engine) {
        for (MetricThresholds m : metrics) {
            if (m.metric.isSubmetric()) {
                engine.addSubmetric(m.key);
            }
        }
    }

    /**
     * Judges every threshold against the metrics' state.
     *
     * @param registry        tells which metrics exist and their types
     * @param snapshot        the aggregated values
     * @param testRunDuration for counter rates, and for {@code delayAbortEval}
     */
    public ThresholdsReport evaluate(MetricsRegistry registry, MetricsSnapshot snapshot, Duration testRunDuration) {
        List<String> errors = new ArrayList<>();
        List<MetricThresholdResults> results = new ArrayList<>();
        boolean abort = false;
        for (MetricThresholds m : metrics) {
            String where = "thresholds[\"" + m.key + "\"]";
            Optional<Metric> metric = registry.metric(m.metric.metricName());
            if (metric.isEmpty()) {
                errors.add(where + ": no metric named " + m.metric.metricName());
                continue;
            }
            boolean typeErrors = false;
            for (int i = 0; i < m.thresholds.size(); i++) {
                Aggregation agg = m.thresholds.get(i).expression.aggregation();
                if (!agg.supports(metric.get().type())) {
                    typeErrors = true;
                    errors.add(where + "[" + i + "]: aggregation " + agg.text() + " is not supported by "
                            + m.metric.metricName() + ", a " + metric.get().type().k6Name()
                            + " metric; use one of: " + Aggregation.describeSupported(metric.get().type()));
                }
            }
            if (typeErrors) {
                continue;
            }
            Optional<MetricSnapshot> data = snapshot.find(m.metric.name());
            List<ThresholdResult> list = new ArrayList<>();
            for (Threshold t : m.thresholds) {
                ThresholdResult r = judge(t, data, testRunDuration);
                list.add(r);
                if (r.evaluated() && !r.passed() && t.definition.abortOnFail()) {
                    Duration delay = t.definition.delayAbortEval();
                    abort |= delay == null || testRunDuration.compareTo(delay) > 0;
                }
            }
            results.add(new MetricThresholdResults(m.key, m.metric.name(), list));
        }
        return new ThresholdsReport(results, errors, abort);
    }

    private static ThresholdResult judge(Threshold t, Optional<MetricSnapshot> data, Duration duration) {
        ThresholdExpression e = t.expression;
        String agg = e.aggregation().text();
        boolean abortOnFail = t.definition.abortOnFail();
        if (data.isEmpty()) {
            // k6 does not judge a metric that never received a sample.
            return new ThresholdResult(e.source(), agg, true, Double.NaN, false, abortOnFail);
        }
        double observed = ObservedStatistic.of(data.get(), e.aggregation(), duration);
        return new ThresholdResult(e.source(), agg, e.test(observed), observed, true, abortOnFail);
    }

    private record Threshold(ThresholdExpression expression, ThresholdDefinition definition) {
    }

    private record MetricThresholds(String key, MetricExpression metric, List<Threshold> thresholds) {
    }
}
