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
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k6/net/grpc in the distribution under bin/jk6: the bundle with grpc-java and protobuf-java embedded, started by
 * the launcher's Felix, against grpc-java's health and reflection services on 127.0.0.1 in this JVM.
 */
class GrpcIT {

    @TempDir
    Path dir;

    private Server server;

    @BeforeEach
    void startServer() throws IOException {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("jk6.Checked", ServingStatus.NOT_SERVING);
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(health.getHealthService()).addService(ProtoReflectionServiceV1.newInstance())
                .build().start();
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void aProtoFileAndReflectionBothReachTheServer() {
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
                import grpc from 'k6/net/grpc';
                import { check } from 'k6';
                const loaded = new grpc.Client();
                loaded.load(['protos'], 'health.proto');
                const reflected = new grpc.Client();
                export default function () {
                  loaded.connect(__ENV.ADDR, { plaintext: true });
                  const res = loaded.invoke('grpc.health.v1.Health/Check', { service: '' });
                  check(res, { 'loaded: serving': (r) => r.status === grpc.StatusOK && r.message.status === 'SERVING' });
                  reflected.connect(__ENV.ADDR, { plaintext: true, reflect: true });
                  const other = reflected.invoke('/grpc.health.v1.Health/Check', { service: 'jk6.Checked' });
                  check(other, { 'reflected: not serving': (r) => r.message.status === 'NOT_SERVING' });
                  check(reflected.healthCheck(), { 'healthCheck: serving': (r) => r.message.status === grpc.HealthCheckServing });
                  loaded.close();
                  reflected.close();
                }
                """);

        var result = jk6("run", "-e", "ADDR=127.0.0.1:" + server.getPort(), "--summary-export", "summary.json",
                "script.js").in(dir).env("JK6_AOT", "off").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        SummaryExport summary = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(summary.count("checks", "passes")).as(result.toString()).isEqualTo(3);
        assertThat(summary.metric("grpc_req_duration").path("max").asDouble()).isPositive();
        assertThat(result.stdout()).contains("grpc_req_duration");
    }
}
