package io.jk6.output.webdashboard;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the dashboard knows of the run: the point of each period for the charts (the run's and each
 * scenario's), the totals of every metric for the table, and the thresholds judged on them. Not
 * thread-safe: the output adds samples and closes periods under one lock, and hands the JSON it
 * writes to the server, so HTTP requests never touch it.
 */
final class RunAggregator {

    private final long startMillis;
    private long periodStartMillis;
    private PeriodStats period = new PeriodStats();
    // hash maps on the path of every sample (a request makes about ten); sorted only when written
    private Map<String, PeriodStats> scenarioPeriods = new HashMap<>();
    private final TreeSet<String> scenarios = new TreeSet<>();
    private double vus = Double.NaN;
    private double vusMax = Double.NaN;
    private final Map<String, MetricTotals> totals = new HashMap<>();
    private final List<Threshold> thresholds;
    // the sub-metrics thresholds name (http_req_duration{status:200}), by their metric's name
    private final Map<String, List<Threshold>> submetricsOf = new LinkedHashMap<>();
    private final Map<String, MetricTotals> submetrics = new TreeMap<>();

    RunAggregator(long startMillis, List<Threshold> thresholds) {
        this.startMillis = startMillis;
        this.periodStartMillis = startMillis;
        this.thresholds = List.copyOf(thresholds);
        for (Threshold t : thresholds) {
            if (t.isSubmetric()) {
                submetricsOf.computeIfAbsent(t.metricName(), n -> new ArrayList<>()).add(t);
            }
        }
    }

    void add(List<SampleContainer> containers) {
        for (SampleContainer container : containers) {
            for (Sample sample : container.samples()) {
                add(sample);
            }
        }
    }

    private void add(Sample sample) {
        Metric metric = sample.metric();
        String name = metric.name();
        if (name.equals("vus")) {
            vus = sample.value();
        } else if (name.equals("vus_max")) {
            vusMax = sample.value();
        }
        period.add(sample);
        String scenario = sample.tags().get("scenario");
        if (scenario != null) {
            if (!scenarioPeriods.containsKey(scenario)) {
                scenarios.add(scenario); // once a period, not once a sample
            }
            scenarioPeriods.computeIfAbsent(scenario, s -> new PeriodStats()).add(sample);
        }
        totals.computeIfAbsent(name, n -> new MetricTotals(n, metric)).add(sample.value());
        for (Threshold t : submetricsOf.getOrDefault(name, List.of())) {
            if (sample.tags().containsAll(t.filter())) {
                submetrics.computeIfAbsent(t.metricKey(), k -> new MetricTotals(k, metric)).add(sample.value());
            }
        }
    }

    /** Ends the period at {@code nowMillis}: its point joins the chart's and a new period begins. */
    String closePeriod(long nowMillis) {
        double seconds = Math.max(0.001, (nowMillis - periodStartMillis) / 1000.0);
        JsonText json = new JsonText().beginObject()
                .member("t", (nowMillis - startMillis) / 1000.0)
                .member("vus", vus)
                .member("vusMax", vusMax);
        period.write(json, seconds);
        json.key("sc").beginObject();
        for (String scenario : scenarios) {
            json.key(scenario).beginObject();
            scenarioPeriods.getOrDefault(scenario, new PeriodStats()).write(json, seconds);
            json.endObject();
        }
        String point = json.endObject().endObject().toString();
        period = new PeriodStats();
        scenarioPeriods = new HashMap<>();
        periodStartMillis = nowMillis;
        return point;
    }

    /** When the period being aggregated began (the last point's time, or the start). */
    long periodStartMillis() {
        return periodStartMillis;
    }

    /**
     * The {@code scenarios}, {@code metrics} and {@code thresholds} members of the page's state (the
     * points are kept by whoever closes the periods: they only grow, this is written anew each period).
     */
    void writeTo(JsonText json, long nowMillis) {
        double seconds = (nowMillis - startMillis) / 1000.0;
        json.key("scenarios").beginArray();
        scenarios.forEach(json::value);
        json.endArray();
        json.key("metrics").beginArray();
        writeTotals(json, new TreeMap<>(totals), seconds);
        writeTotals(json, submetrics, seconds);
        json.endArray();
        json.key("thresholds").beginArray();
        for (Threshold t : thresholds) {
            MetricTotals of = t.isSubmetric() ? submetrics.get(t.metricKey()) : totals.get(t.metricName());
            double value = of == null || of.isEmpty() ? Double.NaN : of.aggregate(t.aggregation(), seconds);
            json.beginObject().member("metric", t.metricKey()).member("expression", t.expression())
                    .member("value", value);
            if (Double.isNaN(value)) {
                json.key("ok").raw("null"); // no data yet: neither passed nor failed
            } else {
                json.member("ok", t.passes(value));
            }
            json.endObject();
        }
        json.endArray();
    }

    private static void writeTotals(JsonText json, Map<String, MetricTotals> of, double seconds) {
        for (MetricTotals m : of.values()) {
            json.beginObject().member("name", m.name()).member("type", m.metric().type().k6Name())
                    .member("unit", m.metric().valueType().k6Name());
            json.key("stats").beginObject();
            m.stats(seconds).forEach(json::member);
            json.endObject().endObject();
        }
    }
}
