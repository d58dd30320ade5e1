package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.jk6.api.metrics.Sample;
import io.jk6.k6.metrics.MetricsModule;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs (10 VUs in the engine's runtime) with {@code --out experimental-prometheus-rw} on a real Prometheus,
 * its native histograms on; every run marks its series stale at the end, so the next one starts afresh.
 */
class PrometheusRwOutputRunTest {

    @TempDir
    static Path dir;

    private static PrometheusServer prometheus;

    @BeforeAll
    static void startPrometheus() throws Exception {
        prometheus = PrometheusServer.start(dir, "native-histograms");
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        prometheus.close();
    }

    /** The script run with the output on Prometheus, a push each 100 ms, stale markers at the end and one setting more. */
    private static RunRecord run(String script, String setting, String value) throws Exception {
        return ScriptRun.of(dir, script).module("k6/metrics", new MetricsModule())
                .env("K6_PROMETHEUS_RW_SERVER_URL", prometheus.writeUrl())
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_STALE_MARKERS", "true")
                .env(setting, value)
                .output("experimental-prometheus-rw", new PrometheusRwOutputFactory())
                .run();
    }

    /** k6's percentile: sorted values, linear interpolation between the two closest ranks. */
    private static double percentile(List<Sample> samples, double fraction) {
        double[] values = samples.stream().mapToDouble(Sample::value).sorted().toArray();
        double rank = fraction * (values.length - 1);
        int lower = (int) Math.floor(rank);
        return values[lower] + (values[(int) Math.ceil(rank)] - values[lower]) * (rank - lower);
    }

    @Test
    void prometheusHoldsWhatTheRunMeasuredThenEveryStaleMarker() throws Exception {
        RunRecord run = run("""
                import { Counter, Trend } from 'k6/metrics';
                const orders = new Counter('orders');
                const basket = new Trend('basket_size');
                export const options = { vus: 10, iterations: 400 };
                export default function () { orders.add(1, { shop: 'a b' }); basket.add((__VU * 7 + __ITER) % 23); }
                """, "K6_PROMETHEUS_RW_TREND_STATS", "p(99),p(50),max,count");

        assertThat(run.log()).doesNotContain("Failed to send");
        List<Sample> baskets = run.samples("basket_size");
        List<Sample> durations = run.samples("iteration_duration");
        assertThat(baskets).hasSize(400);
        long lastSample = run.samples().stream().mapToLong(Sample::timeMillis).max().orElseThrow();

        assertThat(last("last_over_time(k6_orders_total{shop=\"a b\"}[1h])")).isEqualTo(400);
        assertThat(last("sum(last_over_time(k6_iterations_total[1h]))")).isEqualTo(run.completeIterations());
        assertThat(last("last_over_time(k6_basket_size_p99[1h])")).isCloseTo(percentile(baskets, 0.99), within(1e-9));
        assertThat(last("last_over_time(k6_basket_size_p50[1h])")).isCloseTo(percentile(baskets, 0.5), within(1e-9));
        assertThat(last("last_over_time(k6_basket_size_count[1h])")).isEqualTo(400);
        assertThat(last("max(last_over_time(k6_iteration_duration_max[1h]))")).as("milliseconds as seconds")
                .isCloseTo(durations.stream().mapToDouble(Sample::value).max().orElseThrow() / 1000, within(1e-9));
        assertLabels("k6_orders_total", run.samples("orders").get(0), lastSample);
        assertEverySeriesEnded();
    }

    /** The sample's non-empty tags (the script's, k6's scenario; not k6's group tag, empty outside groups) and the name. */
    private static void assertLabels(String name, Sample sample, long atMillis) throws Exception {
        Map<String, String> labels = new TreeMap<>(sample.tags().asMap());
        labels.values().removeIf(String::isEmpty);
        labels.put("__name__", name);
        assertThat(prometheus.query(name, atMillis).path(0).path("metric").properties())
                .as("the sample's non-empty tags are the labels")
                .map(field -> Map.entry(field.getKey(), field.getValue().asText()))
                .containsExactlyElementsOf(labels.entrySet());
    }

    /**
     * {@code promQl} now, over each series' last value: the last values may come a millisecond or
     * two after the last sample ({@link SeriesStore}), and the stale markers after them; a range
     * selector leaves the markers out.
     */
    private static double last(String promQl) throws Exception {
        return prometheus.value(promQl, System.currentTimeMillis());
    }

    /**
     * {@code promQl} at the time of the last value of the series {@code selector} picks. Prometheus
     * 2.42 has no range functions over native histograms, so {@link #last} cannot read them; a
     * range selector gives their raw points, stale markers left out.
     */
    private static double atLast(String selector, String promQl) throws Exception {
        long last = 0;
        for (JsonNode series : prometheus.query(selector + "[1h]", System.currentTimeMillis())) {
            for (String kind : List.of("values", "histograms")) {
                JsonNode points = series.path(kind);
                if (!points.isEmpty()) {
                    last = Math.max(last, Math.round(points.path(points.size() - 1).path(0).asDouble() * 1000));
                }
            }
        }
        assertThat(last).as("a value of %s", selector).isPositive();
        return prometheus.value(promQl, last);
    }

    private static void assertEverySeriesEnded() throws Exception {
        assertThat(prometheus.query("{__name__=~\"k6_.+\"}", System.currentTimeMillis() + 1000))
                .as("every series, histograms too, was marked stale at the end").isEmpty();
    }

    private static double sum(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::value).sum();
    }

    @Test
    void prometheusHoldsEachTrendAsOneHistogramOfWhatTheRunMeasured() throws Exception {
        RunRecord run = run("""
                import { Counter, Trend } from 'k6/metrics';
                const orders = new Counter('orders');
                const latency = new Trend('latency', true);
                const basket = new Trend('basket_size');
                export const options = { vus: 10, iterations: 400 };
                export default function () {
                  orders.add(1, { shop: 'a b' });
                  latency.add((__VU * 37 + __ITER * 13) % 250 + 0.5, { shop: 'a b' });
                  basket.add((__VU * 7 + __ITER) % 23);
                }
                """, "K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "true");

        assertThat(run.log()).doesNotContain("Failed to send").doesNotContain("failed");
        List<Sample> latencies = run.samples("latency");
        List<Sample> baskets = run.samples("basket_size");
        List<Sample> durations = run.samples("iteration_duration");
        assertThat(latencies).hasSize(400);
        long lastSample = run.samples().stream().mapToLong(Sample::timeMillis).max().orElseThrow();

        assertThat(atLast("k6_latency_seconds", "histogram_count(k6_latency_seconds)")).isEqualTo(400);
        assertThat(atLast("k6_latency_seconds", "histogram_sum(k6_latency_seconds)")).as("milliseconds as seconds")
                .isCloseTo(sum(latencies) / 1000, within(1e-9));
        double p99 = percentile(latencies, 0.99) / 1000;
        int bucket = NativeHistogram.bucketIndex(p99);
        double bucketWidth = NativeHistogram.upperBound(bucket) - NativeHistogram.upperBound(bucket - 1);
        assertThat(atLast("k6_latency_seconds", "histogram_quantile(0.99, k6_latency_seconds)"))
                .as("within the width of the exact p99's bucket, about 9%% of it (schema 3)")
                .isCloseTo(p99, within(bucketWidth));
        assertThat(atLast("k6_latency_seconds", "histogram_quantile(0.5, k6_latency_seconds)"))
                .isCloseTo(percentile(latencies, 0.5) / 1000, within(percentile(latencies, 0.5) / 1000 * 0.0906));

        assertThat(atLast("k6_basket_size", "histogram_count(k6_basket_size)")).as("plain numbers: no unit")
                .isEqualTo(400);
        assertThat(atLast("k6_basket_size", "histogram_sum(k6_basket_size)")).isCloseTo(sum(baskets), within(1e-9));
        assertThat(atLast("k6_iteration_duration_seconds", "histogram_count(sum(k6_iteration_duration_seconds))"))
                .as("k6's own trends too").isEqualTo(durations.size());
        assertThat(prometheus.query("{__name__=~\"k6_latency.*|k6_basket_size.*\"}", lastSample))
                .as("one series per trend and tags, no gauges per stat").map(series -> series.path("metric")
                        .path("__name__").asText()).containsExactlyInAnyOrder("k6_latency_seconds", "k6_basket_size");
        assertThat(last("last_over_time(k6_orders_total{shop=\"a b\"}[1h])")).as("counters unchanged")
                .isEqualTo(400);

        assertLabels("k6_latency_seconds", latencies.get(0), lastSample);
        assertEverySeriesEnded();
    }
}
