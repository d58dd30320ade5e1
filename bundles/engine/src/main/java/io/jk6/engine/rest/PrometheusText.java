package io.jk6.engine.rest;

import io.jk6.api.metrics.Metric;
import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.GaugeSink;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.MetricsSnapshot;
import io.jk6.engine.metrics.RateSink;
import io.jk6.engine.metrics.TrendSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /metrics}: the test's metrics in Prometheus' text exposition format (0.0.4), named as
 * k6's {@code experimental-prometheus-rw} output names them: {@code k6_} and the metric name, a
 * counter {@code _total} ({@code k6_http_reqs_total}), a gauge as it is ({@code k6_vus}), a rate
 * {@code _rate} ({@code k6_checks_rate}), a trend one gauge per statistic ({@code _min},
 * {@code _max}, {@code _avg}, {@code _med}, {@code _p90}, {@code _p95}, {@code _p99}), in the
 * metric's unit (milliseconds for times, as the summary). A sub-metric is the same series with
 * its tags as labels ({@code k6_http_req_duration_p95{expected_response="true"}}). Values are the
 * test's aggregates so far, never reset: Prometheus scrapes them as they grow.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final String[] TREND_STATS = {"min", "max", "avg", "med", "p90", "p95", "p99"};

    private PrometheusText() {
    }

    static String of(MetricsSnapshot snapshot) {
        Map<String, Family> families = new LinkedHashMap<>();
        for (MetricSnapshot m : snapshot.metrics()) {
            String base = "k6_" + sanitize(m.metricName());
            String labels = labels(m);
            Metric metric = m.metric();
            switch (m.sink()) {
                case CounterSink c -> family(families, base + "_total", "counter", metric, "count")
                        .add(labels, c.count());
                case GaugeSink g -> family(families, base, "gauge", metric, "last value").add(labels, g.value());
                case RateSink r -> family(families, base + "_rate", "gauge", metric, "share of non-zero values")
                        .add(labels, r.rate());
                case TrendSink t -> {
                    double[] values = {t.min(), t.max(), t.avg(), t.med(), t.percentile(90), t.percentile(95),
                            t.percentile(99)};
                    for (int i = 0; i < TREND_STATS.length; i++) {
                        family(families, base + "_" + TREND_STATS[i], "gauge", metric, TREND_STATS[i])
                                .add(labels, values[i]);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        families.forEach((name, f) -> {
            out.append("# HELP ").append(name).append(' ').append(f.help).append('\n');
            out.append("# TYPE ").append(name).append(' ').append(f.type).append('\n');
            f.lines.forEach(line -> out.append(name).append(line).append('\n'));
        });
        return out.toString();
    }

    private static Family family(Map<String, Family> families, String name, String type, Metric metric, String what) {
        return families.computeIfAbsent(name, n -> new Family(type, "k6 " + metric.type().k6Name() + " "
                + metric.name() + ": " + what + (metric.valueType() == io.jk6.api.metrics.ValueType.TIME ? " (ms)" : "")));
    }

    /** A sub-metric's tags as labels, {@code {name="value",...}}; nothing for a metric. */
    private static String labels(MetricSnapshot m) {
        if (!m.isSubmetric()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        m.tags().forEach((k, v) -> pairs.add(sanitize(k) + "=\"" + v.replace("\\", "\\\\")
                .replace("\"", "\\\"").replace("\n", "\\n") + "\""));
        return "{" + String.join(",", pairs) + "}";
    }

    /** Prometheus names are {@code [a-zA-Z_][a-zA-Z0-9_]*}: anything else becomes {@code _}. */
    private static String sanitize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            out.append(ok ? c : '_');
        }
        return out.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static final class Family {
        final String type;
        final String help;
        final List<String> lines = new ArrayList<>();

        Family(String type, String help) {
            this.type = type;
            this.help = help;
        }

        Family add(String labels, double value) {
            lines.add(labels + " " + number(value));
            return this;
        }
    }
}
