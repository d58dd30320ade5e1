package io.jk6.engine.metrics;

import io.jk6.api.metrics.TagSet;
import java.util.Objects;

/**
 * A metric reference as written in k6 options: {@code http_req_duration} or
 * {@code http_req_duration{status:200, method:"GET"}}.
 *
 * @param metricName the base metric's name
 * @param tags       the sub-metric filter; empty for a plain metric
 * @param name       the canonical name k6 gives it: the base name, plus {@code {criteria}} as
 *                   written (trimmed) for a sub-metric; k6 prints and keys sub-metrics by it
 */
public record MetricExpression(String metricName, TagSet tags, String name) {

    public MetricExpression {
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(name, "name");
    }

    public boolean isSubmetric() {
        return !tags.isEmpty();
    }

    /**
     * Parses {@code name} or {@code name{tag:value,...}}. Whitespace around names, tags and
     * values is ignored and values may be wrapped in single or double quotes.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static MetricExpression parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the metric name is empty");
        }
        String text = expression.strip();
        int open = text.indexOf('{');
        if (open < 0) {
            if (text.indexOf('}') >= 0) {
                throw new IllegalArgumentException("'}' without a matching '{'");
            }
            checkName(text);
            return new MetricExpression(text, TagSet.empty(), text);
        }
        if (!text.endsWith("}")) {
            throw new IllegalArgumentException("missing the closing '}' of the tag filter");
        }
        String metricName = text.substring(0, open).strip();
        checkName(metricName);
        String criteria = text.substring(open + 1, text.length() - 1).strip();
        if (criteria.indexOf('{') >= 0 || criteria.indexOf('}') >= 0) {
            throw new IllegalArgumentException("nested braces in the tag filter");
        }
        TagSet tags = TagSet.empty();
        for (String pair : criteria.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("tag filter '" + pair.strip() + "' is not of the form tag:value");
            }
            String tag = unquote(pair.substring(0, colon));
            String value = unquote(pair.substring(colon + 1));
            if (tag.isEmpty()) {
                throw new IllegalArgumentException("empty tag name in '" + pair.strip() + "'");
            }
            tags = tags.with(tag, value);
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("the tag filter of '" + metricName + "' is empty");
        }
        return new MetricExpression(metricName, tags, metricName + "{" + criteria + "}");
    }

    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the metric name is empty");
        }
        if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]{0,127}")) {
            throw new IllegalArgumentException("'" + name + "' is not a valid metric name");
        }
    }

    private static String unquote(String raw) {
        String s = raw.strip();
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '"' || s.charAt(from) == '\'')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '"' || s.charAt(to - 1) == '\'')) {
            to--;
        }
        return s.substring(from, to);
    }
}
