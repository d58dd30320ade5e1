package io.jk6.output.opentelemetry;

import static io.jk6.output.opentelemetry.OtlpReceiver.attributes;
import static io.jk6.output.opentelemetry.OtlpReceiver.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jk6.api.metrics.Sample;
import io.jk6.k6.metrics.MetricsModule;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run (10 VUs in the engine's runtime) with {@code --out opentelemetry} to an OTLP/HTTP receiver. */
class OtelOutputRunTest {

    @TempDir
    Path dir;

    private static double sum(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::value).sum();
    }

    @Test
    void theReceiverGetsWhatTheRunMeasured() throws Exception {
        RunRecord run;
        try (OtlpReceiver receiver = OtlpReceiver.start()) {
            run = ScriptRun.of(dir, """
                    import { Counter, Trend, Rate, Gauge } from 'k6/metrics';
                    const orders = new Counter('orders');
                    const basket = new Trend('basket_size');
                    const wait = new Trend('wait_time', true);
                    const ok = new Rate('ok');
                    const vu = new Gauge('last_vu');
                    export const options = { vus: 10, iterations: 300 };
                    export default function () {
                        orders.add(1 + __ITER % 3, { shop: 'a b' });
                        basket.add((__VU * 7 + __ITER) % 23);
                        wait.add(40 + __ITER % 90);
                        ok.add(__ITER % 4 !== 0);
                        vu.add(__VU);
                    }
                    """).module("k6/metrics", new MetricsModule())
                    .env("K6_OTEL_EXPORTER_PROTOCOL", "http/protobuf")
                    .env("K6_OTEL_HTTP_EXPORTER_ENDPOINT", receiver.endpoint())
                    .env("K6_OTEL_HTTP_EXPORTER_INSECURE", "true")
                    .env("K6_OTEL_METRIC_PREFIX", "k6.")
                    .env("K6_OTEL_SERVICE_NAME", "checkout-test")
                    .env("K6_OTEL_HEADERS", "Authorization=Bearer%20s3cret")
                    .env("K6_OTEL_FLUSH_INTERVAL", "50ms")
                    .env("K6_OTEL_EXPORT_INTERVAL", "200ms")
                    .output("opentelemetry", new OtelOutputFactory())
                    .run();

            assertThat(run.log()).doesNotContain("Failed to export");
            assertThat(receiver.requests()).as("stop() exported the last values").isNotEmpty();
            assertThat(receiver.contentTypes()).containsOnly("application/x-protobuf");
            assertThat(receiver.authorizations()).containsOnly("Bearer s3cret");
            assertThat(attributes(receiver.requests().get(0).getResourceMetrics(0).getResource().getAttributesList()))
                    .containsEntry("service.name", "checkout-test").containsKey("service.version");
            assertThat(receiver.requests().stream().flatMap(r -> r.getResourceMetrics(0).getScopeMetricsList().stream()))
                    .as("k6's meter (beside the SDK's own reader telemetry)")
                    .anySatisfy(scope -> assertThat(scope.getScope().getName()).isEqualTo("k6"));

            Metric orders = receiver.latest("k6.orders").orElseThrow();
            assertThat(orders.getSum().getIsMonotonic()).isTrue();
            assertThat(total(orders)).as("the counter's total is the run's").isEqualTo(sum(run.samples("orders")));
            Map<String, String> tags = attributes(orders.getSum().getDataPoints(0).getAttributesList());
            assertThat(tags).containsEntry("shop", "a b").containsEntry("scenario", "default")
                    .doesNotContainKey("group"); // empty outside groups: left out, as k6
            assertThat(total(receiver.latest("k6.iterations").orElseThrow())).isEqualTo(run.completeIterations());

            Metric basket = receiver.latest("k6.basket_size").orElseThrow();
            HistogramDataPoint baskets = basket.getHistogram().getDataPoints(0);
            assertThat(baskets.getCount()).isEqualTo(300);
            assertThat(baskets.getSum()).isCloseTo(sum(run.samples("basket_size")), within(1e-6));
            assertThat(baskets.getExplicitBoundsList()).as("k6's buckets").startsWith(50d, 75d).endsWith(60000d);
            assertThat(basket.getUnit()).isEmpty();
            Metric waits = receiver.latest("k6.wait_time").orElseThrow();
            assertThat(waits.getUnit()).isEqualTo("ms");
            assertThat(waits.getHistogram().getDataPoints(0).getCount()).isEqualTo(300);
            assertThat(receiver.latest("k6.iteration_duration").orElseThrow().getUnit()).isEqualTo("ms");

            Map<String, Long> conditions = receiver.latest("k6.ok.total").orElseThrow().getSum().getDataPointsList()
                    .stream().collect(Collectors.groupingBy(p -> attributes(p.getAttributesList()).get("condition"),
                            Collectors.summingLong(NumberDataPoint::getAsInt)));
            long nonzero = run.samples("ok").stream().filter(s -> s.value() != 0).count();
            assertThat(conditions).containsExactlyInAnyOrderEntriesOf(Map.of("nonzero", nonzero, "zero", 300 - nonzero));

            assertThat(receiver.latest("k6.last_vu").orElseThrow().getGauge().getDataPointsList())
                    .allSatisfy(p -> assertThat(p.getAsDouble()).isBetween(1d, 10d));
        }
    }

    @Test
    void overGrpcK6sDefaultTheReceiverGetsTheSameWithTheHeadersAsMetadata() throws Exception {
        RunRecord run;
        try (OtlpReceiver receiver = OtlpReceiver.startGrpc()) {
            run = ScriptRun.of(dir, """
                    import { Counter } from 'k6/metrics';
                    const orders = new Counter('orders');
                    export const options = { vus: 3, iterations: 60 };
                    export default function () { orders.add(1 + __ITER % 3, { shop: 'a b' }); }
                    """).module("k6/metrics", new MetricsModule())
                    .env("K6_OTEL_GRPC_EXPORTER_ENDPOINT", receiver.endpoint())
                    .env("K6_OTEL_GRPC_EXPORTER_INSECURE", "true")
                    .env("K6_OTEL_SERVICE_NAME", "checkout-test")
                    .env("K6_OTEL_HEADERS", "Authorization=Bearer%20s3cret")
                    .env("K6_OTEL_EXPORT_INTERVAL", "200ms")
                    .output("opentelemetry", new OtelOutputFactory())
                    .run();

            assertThat(run.log()).doesNotContain("Failed to export");
            assertThat(receiver.requests()).as("stop() exported the last values").isNotEmpty();
            assertThat(receiver.contentTypes()).allMatch(type -> type.startsWith("application/grpc"));
            assertThat(receiver.authorizations()).containsOnly("Bearer s3cret");
            assertThat(attributes(receiver.requests().get(0).getResourceMetrics(0).getResource().getAttributesList()))
                    .containsEntry("service.name", "checkout-test");
            assertThat(total(receiver.latest("orders").orElseThrow())).isEqualTo(sum(run.samples("orders")));
            assertThat(total(receiver.latest("iterations").orElseThrow())).isEqualTo(60);
        }
    }
}
