package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/** A real run (10 VUs in the engine's runtime) with {@code --out experimental-prometheus-rw} on a real Prometheus. */
class PrometheusRwOutputRunTest {

    @TempDir
    static Path dir;

    private static PrometheusServer prometheus;

    @BeforeAll
    static void startPrometheus() throws Exception {
        prometheus = PrometheusServer.start(dir);
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        prometheus.close();
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
        RunRecord run = ScriptRun.of(dir, """
                import { Counter, Trend } from 'k6/metrics';
                const orders = new Counter('orders');
                const basket = new Trend('basket_size');
                export const options = { vus: 10, iterations: 400 };
                export default function () { orders.add(1, { shop: 'a b' }); basket.add((__VU * 7 + __ITER) % 23); }
                """).module("k6/metrics", new MetricsModule())
                .env("K6_PROMETHEUS_RW_SERVER_URL", prometheus.writeUrl())
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_TREND_STATS", "p(99),p(50),max,count")
                .env("K6_PROMETHEUS_RW_STALE_MARKERS", "true")
                .output("experimental-prometheus-rw", new PrometheusRwOutputFactory())
                .run();

        assertThat(run.log()).doesNotContain("Failed to send");
        List<Sample> baskets = run.samples("basket_size");
        List<Sample> durations = run.samples("iteration_duration");
        assertThat(baskets).hasSize(400);
        long lastSample = run.samples().stream().mapToLong(Sample::timeMillis).max().orElseThrow();

        assertThat(prometheus.value("k6_orders_total{shop=\"a b\"}", lastSample)).isEqualTo(400);
        assertThat(prometheus.value("sum(k6_iterations_total)", lastSample)).isEqualTo(run.completeIterations());
        assertThat(prometheus.value("k6_basket_size_p99", lastSample)).isCloseTo(percentile(baskets, 0.99), within(1e-9));
        assertThat(prometheus.value("k6_basket_size_p50", lastSample)).isCloseTo(percentile(baskets, 0.5), within(1e-9));
        assertThat(prometheus.value("k6_basket_size_count", lastSample)).isEqualTo(400);
        assertThat(prometheus.value("max(k6_iteration_duration_max)", lastSample)).as("milliseconds as seconds")
                .isCloseTo(durations.stream().mapToDouble(Sample::value).max().orElseThrow() / 1000, within(1e-9));
        Map<String, String> labels = new TreeMap<>(run.samples("orders").get(0).tags().asMap());
        labels.values().removeIf(String::isEmpty); // k6's group tag, empty outside groups
        labels.put("__name__", "k6_orders_total");
        assertThat(prometheus.query("k6_orders_total", lastSample).path(0).path("metric").properties())
                .as("the sample's non-empty tags (the script's, k6's scenario) are the labels")
                .map(field -> Map.entry(field.getKey(), field.getValue().asText()))
                .containsExactlyElementsOf(labels.entrySet());

        assertThat(prometheus.query("{__name__=~\"k6_.+\"}", System.currentTimeMillis() + 1000))
                .as("every series was marked stale at the end").isEmpty();
    }
}
