package io.jk6.cli.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.api.runner.LiveMetric;
import io.jk6.api.runner.TestExecution;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /v1/metrics} and {@code GET /v1/metrics/{id}}, as k6's: every metric and sub-metric
 * that received samples, {@code {"type":"metrics","id":"http_reqs","attributes":{"type":"counter",
 * "contains":"default","tainted":null,"sample":{"count":10,"rate":5}}}}. The sample holds what
 * k6's sinks format: a counter's count and rate per second, a gauge's value, a rate's rate, a
 * trend's avg, max, med, min, p(90) and p(95); {@code tainted} is whether the metric's thresholds
 * fail now (null without thresholds).
 */
final class MetricRoutes {

    /** k6's trend statistics in {@code /v1/metrics}, in Go's (sorted) map order. */
    private static final List<String> TREND_STATS = List.of("avg", "max", "med", "min", "p(90)", "p(95)");

    private final TestExecution test;

    MetricRoutes(TestExecution test) {
        this.test = test;
    }

    byte[] list() {
        List<LiveMetric> metrics = test.metrics();
        return Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("data");
            for (LiveMetric m : metrics) {
                data(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** @throws ApiError 404 when no metric of that name (a sub-metric's full name) received samples */
    byte[] one(String id) {
        LiveMetric metric = test.metrics().stream().filter(m -> m.name().equals(id)).findFirst()
                .orElseThrow(() -> ApiError.notFound("No metric with that ID was found"));
        return Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("data");
            data(g, metric);
            g.writeEndObject();
        });
    }

    private static void data(JsonGenerator g, LiveMetric m) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "metrics");
        g.writeStringField("id", m.name());
        g.writeObjectFieldStart("attributes");
        g.writeStringField("type", m.type());
        g.writeStringField("contains", m.contains());
        g.writeFieldName("tainted");
        if (m.thresholdsPassed() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(!m.thresholdsPassed());
        }
        g.writeObjectFieldStart("sample");
        sample(g, m);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** k6's {@code Sink.Format(t)}, keys in Go's (sorted) map order. */
    private static void sample(JsonGenerator g, LiveMetric m) throws IOException {
        List<String> keys = switch (m.type()) {
            case "counter" -> List.of("count", "rate");
            case "gauge" -> List.of("value");
            case "rate" -> List.of("rate");
            default -> TREND_STATS;
        };
        for (String key : keys) {
            Json.number(g, key, m.values().getOrDefault(key, 0.0));
        }
    }
}
