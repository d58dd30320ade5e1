package io.jk6.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.GaugeSink;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.MetricsSnapshot;
import io.jk6.engine.metrics.RateSink;
import io.jk6.engine.metrics.TrendSink;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * {@code GET /v1/metrics} and {@code GET /v1/metrics/{id}}, as k6's: every metric and sub-metric
 * that received samples, {@code {"type":"metrics","id":"http_reqs","attributes":{"type":"counter",
 * "contains":"default","tainted":null,"sample":{"count":10,"rate":5}}}}. The sample holds what
 * k6's sinks format: a counter's count and rate per second, a gauge's value, a rate's rate, a
 * trend's avg, max, med, min, p(90) and p(95); {@code tainted} is whether the metric's thresholds
 * fail now (null without thresholds).
 */
final class MetricRoutes {

    private final TestControl control;

    MetricRoutes(TestControl control) {
        this.control = control;
    }

    byte[] list() {
        MetricsSnapshot snapshot = control.run().metrics().snapshot();
        Duration t = control.testRunDuration();
        Map<String, Boolean> thresholds = control.thresholdsPassed(snapshot);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("data");
            for (MetricSnapshot m : snapshot.metrics()) {
                data(g, m, t, thresholds.get(m.name()));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** @throws ApiError 404 when no metric of that name (a sub-metric's full name) received samples */
    byte[] one(String id) {
        MetricsSnapshot snapshot = control.run().metrics().snapshot();
        MetricSnapshot metric = snapshot.find(id).orElseThrow(() -> ApiError.notFound("No metric with that ID was found"));
        Duration t = control.testRunDuration();
        Boolean passed = control.thresholdsPassed(snapshot).get(id);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("data");
            data(g, metric, t, passed);
            g.writeEndObject();
        });
    }

    private static void data(JsonGenerator g, MetricSnapshot m, Duration t, Boolean thresholdsPassed)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "metrics");
        g.writeStringField("id", m.name());
        g.writeObjectFieldStart("attributes");
        g.writeStringField("type", m.metric().type().k6Name());
        g.writeStringField("contains", m.metric().valueType().k6Name());
        g.writeFieldName("tainted");
        if (thresholdsPassed == null) {
            g.writeNull();
        } else {
            g.writeBoolean(!thresholdsPassed);
        }
        g.writeObjectFieldStart("sample");
        sample(g, m, t);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** k6's {@code Sink.Format(t)}, keys in Go's (sorted) map order. */
    private static void sample(JsonGenerator g, MetricSnapshot m, Duration t) throws IOException {
        switch (m.sink()) {
            case CounterSink c -> {
                Json.number(g, "count", c.count());
                Json.number(g, "rate", c.rate(t));
            }
            case GaugeSink gauge -> Json.number(g, "value", gauge.value());
            case RateSink r -> Json.number(g, "rate", r.rate());
            case TrendSink trend -> {
                Json.number(g, "avg", trend.avg());
                Json.number(g, "max", trend.max());
                Json.number(g, "med", trend.med());
                Json.number(g, "min", trend.min());
                Json.number(g, "p(90)", trend.percentile(90));
                Json.number(g, "p(95)", trend.percentile(95));
            }
        }
    }
}
