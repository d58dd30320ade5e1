package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import java.util.Map;

/**
 * A metric line's data as the summary sees it: name, kind, and named values.
 *
 * @param name      metric name, or full sub-metric name {@code parent{tags}}
 * @param type      aggregation type
 * @param valueType how to format values
 * @param values    k6's named values (see {@link MetricValues})
 */
record DisplayMetric(String name, MetricType type, ValueType valueType, Map<String, Double> values) {

    double value(String key) {
        Double v = values.get(key);
        return v == null ? Double.NaN : v;
    }

    /** For a sub-metric, the part before the tag filter. */
    String parentName() {
        int brace = name.indexOf('{');
        return brace < 0 ? name : name.substring(0, brace);
    }

    boolean isSubmetric() {
        return name.indexOf('{') >= 0;
    }

    /** {@code name}, or for a sub-metric k6's {@code "  { tag:value }"}. */
    String displayName() {
        int brace = name.indexOf('{');
        return brace < 0 ? name : "  { " + name.substring(brace + 1, name.length() - 1) + " }";
    }
}
