package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jk6 run --out opentelemetry}: the output bundle is installed by default (its private
 * OpenTelemetry SDK resolves in jk6's framework and finds its JDK HTTP sender without
 * {@code META-INF/services}), and a collector that does not answer costs a log line, not the test
 * (the export to a receiver is tested beside the bundle, jk6-output-opentelemetry's OtelOutputRunTest).
 */
class OpenTelemetryOutputIT {

    @TempDir
    Path dir;

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
