package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output bundles the distribution installs, in jk6's own framework (its system packages, the
 * bundles' private copies of their libraries): each answers to its k6 name under bin/jk6. What each
 * output does is tested beside its bundle and in the itests (CsvOutputTest, InfluxdbOutputTest,
 * PrometheusRwOutputTest); here is what only the distribution's process shows. OpenTelemetry's SDK
 * logs through java.util.logging, to the process's stderr: its tests stay here whole (the export to
 * a receiver is tested beside the bundle, jk6-output-opentelemetry's OtelOutputRunTest).
 */
class OutputBundlesIT {

    @TempDir
    Path dir;

    /** One run with json, csv, influxdb and experimental-prometheus-rw at once, the servers unreachable. */
    @Test
    void theBuiltInOutputsRunTogetherUnderBinJk6() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        // port 9 (discard): nothing listens on 127.0.0.1 there
        var result = jk6("run", "-i", "3", "--out", "json=out.json", "--out", "csv=out.csv",
                "--out", "influxdb=http://127.0.0.1:9/k6", "--out", "experimental-prometheus-rw", "script.js").in(dir)
                .env("K6_INFLUXDB_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_SERVER_URL", "http://127.0.0.1:9/api/v1/write")
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "true").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("json (out.json)", "csv (out.csv)", "InfluxDBv1 (http://127.0.0.1:9)",
                "Prometheus remote write (http://127.0.0.1:9/api/v1/write)").contains("iterations");
        assertThat(result.stderr()).as("each reached its sending code in jk6's framework")
                .contains("Couldn't write stats to http://127.0.0.1:9")
                .contains("Failed to send the time series data to the endpoint: HTTP POST request failed")
                .doesNotContain("NoClassDefFoundError");
        assertThat(dir.resolve("out.json")).content().contains("\"metric\":\"iterations\"");
        assertThat(dir.resolve("out.csv")).content().startsWith("metric_name,timestamp,metric_value,")
                .contains("\niterations,");
    }

    @Test
    void anUnreachableCollectorIsLoggedAndTheTestStillEndsWithItsSummary() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        // port 9 (discard): nothing listens on 127.0.0.1 there
        var result = jk6("run", "-i", "3", "--out", "opentelemetry", "script.js").in(dir)
                .env("K6_OTEL_EXPORTER_PROTOCOL", "http/protobuf")
                .env("K6_OTEL_HTTP_EXPORTER_ENDPOINT", "127.0.0.1:9")
                .env("K6_OTEL_HTTP_EXPORTER_INSECURE", "true")
                .env("K6_OTEL_EXPORT_INTERVAL", "100ms").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: opentelemetry (http/protobuf, http://127.0.0.1:9/v1/metrics)")
                .contains("iterations");
        assertThat(result.stderr()).contains("Failed to export metrics to the OpenTelemetry collector at http://127.0.0.1:9/v1/metrics")
                .doesNotContain("SEVERE [io.opentelemetry");
    }

    /** k6's default protocol: OkHttp's gRPC sender, embedded in the bundle, runs in the framework. */
    @Test
    void overGrpcAnUnreachableCollectorIsLoggedAndTheTestStillEndsWithItsSummary() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        var result = jk6("run", "-i", "3", "--out", "opentelemetry", "script.js").in(dir)
                .env("K6_OTEL_GRPC_EXPORTER_ENDPOINT", "127.0.0.1:9")
                .env("K6_OTEL_GRPC_EXPORTER_INSECURE", "true")
                .env("K6_OTEL_EXPORT_INTERVAL", "100ms").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: opentelemetry (grpc (insecure), 127.0.0.1:9)").contains("iterations");
        assertThat(result.stderr()).contains("Failed to export metrics to the OpenTelemetry collector at http://127.0.0.1:9")
                .doesNotContain("NoClassDefFoundError").doesNotContain("SEVERE [io.opentelemetry");
    }
}
