package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Server;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundles that embed libraries, in jk6's own framework (its system packages, the bundles'
 * private copies): k6/http with httpcore5-h2, k6/net/grpc with grpc-java, Netty and protobuf-java,
 * and the outputs with theirs, each working under bin/jk6. What each does is tested beside its
 * bundle and in the itests (the compat suites, CsvOutputTest, InfluxdbOutputTest,
 * PrometheusRwOutputTest); here is what only the distribution's process shows, in as few runs as
 * that takes. OpenTelemetry's SDK logs through java.util.logging, to the process's stderr: its
 * tests stay here whole (the export to a receiver is tested beside the bundle, jk6-output-
 * opentelemetry's OtelOutputRunTest).
 */
class EmbeddedLibrariesIT {

    @TempDir
    Path dir;

    /**
     * One run: HTTP/2 over one connection (what k6's HTTP/2 example checks), gRPC by a .proto file
     * and by reflection, and json, csv, influxdb and experimental-prometheus-rw at once, their
     * servers unreachable.
     */
    @Test
    void http2GrpcAndTheBuiltInOutputsRunTogetherUnderBinJk6() throws Exception {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("jk6.Checked", ServingStatus.NOT_SERVING);
        Server grpcServer = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(health.getHealthService()).addService(ProtoReflectionServiceV1.newInstance())
                .build().start();
        try (H2Server h2 = new H2Server(dir)) {
            // grpc/health/v1/health.proto as grpc-proto publishes it, cut to what the script calls
            Scripts.write(dir, "protos/health.proto", """
                    syntax = "proto3";
                    package grpc.health.v1;
                    message HealthCheckRequest { string service = 1; }
                    message HealthCheckResponse {
                      enum ServingStatus { UNKNOWN = 0; SERVING = 1; NOT_SERVING = 2; SERVICE_UNKNOWN = 3; }
                      ServingStatus status = 1;
                    }
                    service Health { rpc Check(HealthCheckRequest) returns (HealthCheckResponse); }
                    """);
            Scripts.write(dir, "script.js", """
                    import http from 'k6/http';
                    import grpc from 'k6/net/grpc';
                    import { check } from 'k6';
                    export const options = { iterations: 3, insecureSkipTLSVerify: true };
                    const loaded = new grpc.Client();
                    loaded.load(['protos'], 'health.proto');
                    const reflected = new grpc.Client();
                    export default function () {
                      const res = http.get(__ENV.URL);
                      const batch = http.batch([__ENV.URL + '?a', __ENV.URL + '?b']);
                      check(res, {
                        'status is 200': (r) => r.status === 200,
                        'protocol is HTTP/2': (r) => r.proto === 'HTTP/2.0',
                      });
                      check(batch[1], { 'batch over HTTP/2': (r) => r.proto === 'HTTP/2.0' });

                      loaded.connect(__ENV.ADDR, { plaintext: true });
                      const checked = loaded.invoke('grpc.health.v1.Health/Check', { service: '' });
                      check(checked, { 'loaded: serving': (r) => r.status === grpc.StatusOK && r.message.status === 'SERVING' });
                      reflected.connect(__ENV.ADDR, { plaintext: true, reflect: true });
                      const other = reflected.invoke('/grpc.health.v1.Health/Check', { service: 'jk6.Checked' });
                      check(other, { 'reflected: not serving': (r) => r.message.status === 'NOT_SERVING' });
                      check(reflected.healthCheck(), { 'healthCheck: serving': (r) => r.message.status === grpc.HealthCheckServing });
                      loaded.close();
                      reflected.close();
                    }
                    """);

            // port 9 (discard): nothing listens on 127.0.0.1 there
            var result = jk6("run", "-e", "URL=" + h2.url(), "-e", "ADDR=127.0.0.1:" + grpcServer.getPort(),
                    "--summary-export", "summary.json", "--out", "json=out.json", "--out", "csv=out.csv",
                    "--out", "influxdb=http://127.0.0.1:9/k6", "--out", "experimental-prometheus-rw", "script.js")
                    .in(dir)
                    .env("K6_INFLUXDB_PUSH_INTERVAL", "100ms")
                    .env("K6_PROMETHEUS_RW_SERVER_URL", "http://127.0.0.1:9/api/v1/write")
                    .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                    .env("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "true").run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stdout()).as("3 HTTP/2 and 3 gRPC checks in each of 3 iterations")
                    .containsPattern("checks_succeeded\\.*: 100.00% 18 out of 18").contains("grpc_req_duration");
            assertThat(h2.carriers()).as("connections that carried the 9 HTTP/2 requests").hasSize(1);
            SummaryExport summary = SummaryExport.read(dir.resolve("summary.json"));
            assertThat(summary.count("checks", "passes")).as(result.toString()).isEqualTo(18);
            assertThat(summary.metric("grpc_req_duration").path("max").asDouble()).isPositive();

            assertThat(result.stdout()).contains("json (out.json)", "csv (out.csv)", "InfluxDBv1 (http://127.0.0.1:9)",
                    "Prometheus remote write (http://127.0.0.1:9/api/v1/write)").contains("iterations");
            assertThat(result.stderr()).as("each output reached its sending code in jk6's framework")
                    .contains("Couldn't write stats to http://127.0.0.1:9")
                    .contains("Failed to send the time series data to the endpoint: HTTP POST request failed")
                    .doesNotContain("NoClassDefFoundError");
            assertThat(dir.resolve("out.json")).content().contains("\"metric\":\"iterations\"");
            assertThat(dir.resolve("out.csv")).content().startsWith("metric_name,timestamp,metric_value,")
                    .contains("\niterations,");
        } finally {
            grpcServer.shutdownNow();
        }
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
