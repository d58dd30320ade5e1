package io.jk6.cli.rest;

import io.jk6.api.runner.LiveMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    /** The same statistics as {@link LiveMetric#values()} names them. */
    private static final String[] TREND_VALUES = {"min", "max", "avg", "med", "p(90)", "p(95)", "p(99)"};

    private PrometheusText() {
    }

    static String of(List<LiveMetric> metrics) {
        Map<String, Family> families = new LinkedHashMap<>();
        for (LiveMetric m : metrics) {
            String base = "k6_" + sanitize(m.metric());
            String labels = labels(m);
            Map<String, Double> v = m.values();
            switch (m.type()) {
                case "counter" -> family(families, base + "_total", "counter", m, "count").add(labels, v.get("count"));
                case "gauge" -> family(families, base, "gauge", m, "last value").add(labels, v.get("value"));
                case "rate" -> family(families, base + "_rate", "gauge", m, "share of non-zero values")
                        .add(labels, v.get("rate"));
                default -> {
                    for (int i = 0; i < TREND_STATS.length; i++) {
                        family(families, base + "_" + TREND_STATS[i], "gauge", m, TREND_STATS[i])
                                .add(labels, v.get(TREND_VALUES[i]));
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

    private static Family family(Map<String, Family> families, String name, String type, LiveMetric metric,
            String what) {
        return families.computeIfAbsent(name, n -> new Family(type, "k6 " + metric.type() + " " + metric.metric()
                + ": " + what + (metric.contains().equals("time") ? " (ms)" : "")));
    }

    /** A sub-metric's tags as labels, {@code {name="value",...}}; nothing for a metric. */
    private static String labels(LiveMetric m) {
        if (!m.isSubmetric()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(m.tags()).forEach((k, v) -> pairs.add(sanitize(k) + "=\"" + v.replace("\\", "\\\\")
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
