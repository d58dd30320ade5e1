package io.jk6.engine.metrics;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.TagSet;
import java.util.Objects;

/**
 * The samples of one metric that carry given tags, such as
 * {@code http_req_duration{expected_response:true}}. It aggregates separately from its parent,
 * with the parent's type.
 */
public final class Submetric {

    private final MetricExpression expression;
    // Bound once the parent metric exists (a threshold may name it before any module creates it).
    private Metric parent;
    private Sink sink;

    Submetric(MetricExpression expression) {
        this.expression = Objects.requireNonNull(expression, "expression");
    }

    /** k6's name for it, e.g. {@code http_req_duration{expected_response:true}}. */
    public String name() {
        return expression.name();
    }

    /** The parent metric's name. */
    public String metricName() {
        return expression.metricName();
    }

    /** The tags a sample must carry to be counted. */
    public TagSet tags() {
        return expression.tags();
    }

    public MetricExpression expression() {
        return expression;
    }

    /** The parent metric, or null while no metric of that name exists. */
    public synchronized Metric parent() {
        return parent;
    }

    synchronized void bind(Metric metric) {
        if (parent == null) {
            parent = metric;
            sink = Sink.forType(metric.type());
        }
    }

    /** The live sink; callers must hold the engine's lock. */
    Sink sink() {
        return sink;
    }

    boolean accepts(TagSet sampleTags) {
        return sink != null && sampleTags.containsAll(expression.tags());
    }

    @Override
    public String toString() {
        return name();
    }
}
