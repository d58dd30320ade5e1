package io.jk6.output.opentelemetry;

import static io.jk6.output.opentelemetry.OtlpReceiver.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import io.jk6.testing.SelfSignedTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs with {@code --out opentelemetry} to OTLP receivers on 127.0.0.1 that speak TLS, over
 * grpc and http/protobuf, some needing a client certificate: k6's {@code K6_OTEL_TLS_*} files as a
 * user writes them (the receiver's certificate as the CA file, the client's certificate and its
 * PKCS#8 key), each receiver's own self-signed certificate (keytool's).
 */
class OtelTlsRunTest {

    @TempDir
    static Path dir;

    private static SelfSignedTls server;
    private static SelfSignedTls client;
    private static Map<String, String> mutualTls;

    @BeforeAll
    static void certificates() throws Exception {
        server = SelfSignedTls.create(Files.createDirectories(dir.resolve("server")));
        client = SelfSignedTls.create(Files.createDirectories(dir.resolve("client")));
        mutualTls = Map.of(
                "K6_OTEL_TLS_CERTIFICATE", Files.writeString(dir.resolve("ca.pem"), server.certificatePem()).toString(),
                "K6_OTEL_TLS_CLIENT_CERTIFICATE",
                Files.writeString(dir.resolve("client.pem"), client.certificatePem()).toString(),
                "K6_OTEL_TLS_CLIENT_KEY", Files.writeString(dir.resolve("client.key"), client.privateKeyPem()).toString());
    }

    /** 20 iterations exported to the receiver over {@code protocol}, TLS on (no *_EXPORTER_INSECURE), with {@code tls}. */
    private static RunRecord run(OtlpReceiver receiver, String protocol, Map<String, String> tls) throws Exception {
        return run(receiver.endpoint(), protocol, tls);
    }

    private static RunRecord run(String endpoint, String protocol, Map<String, String> tls) throws Exception {
        ScriptRun run = ScriptRun.of(dir, "export const options = { vus: 2, iterations: 20 };"
                + " export default function () {}")
                .env("K6_OTEL_EXPORTER_PROTOCOL", protocol)
                .env(protocol.equals("grpc") ? "K6_OTEL_GRPC_EXPORTER_ENDPOINT" : "K6_OTEL_HTTP_EXPORTER_ENDPOINT",
                        endpoint)
                .env("K6_OTEL_EXPORT_INTERVAL", "200ms")
                .output("opentelemetry", new OtelOutputFactory());
        tls.forEach(run::env);
        return run.run();
    }

    @Test
    void overHttpsTheReceiverThatNeedsAClientCertificateGetsTheMetrics() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.startTls(server, client)) {
            RunRecord run = run(receiver, "http/protobuf", mutualTls);

            assertThat(run.log()).doesNotContain("Failed to export");
            assertThat(total(receiver.latest("iterations").orElseThrow())).isEqualTo(20);
        }
    }

    @Test
    void overGrpcTlsTheReceiverThatNeedsAClientCertificateGetsTheMetrics() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.startGrpcTls(server, client)) {
            RunRecord run = run(receiver, "grpc", mutualTls);

            assertThat(run.log()).doesNotContain("Failed to export");
            assertThat(total(receiver.latest("iterations").orElseThrow())).isEqualTo(20);
        }
    }

    @Test
    void withoutTheClientCertificateTheReceiverRefusesAndTheFailedExportIsLogged() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.startGrpcTls(server, client)) {
            RunRecord run = run(receiver, "grpc", Map.of("K6_OTEL_TLS_CERTIFICATE",
                    mutualTls.get("K6_OTEL_TLS_CERTIFICATE")));

            assertThat(run.log()).contains("Failed to export metrics to the OpenTelemetry collector at https://"
                    + receiver.endpoint());
            assertThat(run.exitCode()).as("a failed export does not fail the test, as in k6").isZero();
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void aSelfSignedReceiverIsTrustedOnlyWithTheCaFileOrInsecureSkipVerify() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.startTls(server, null)) {
            RunRecord untrusted = run(receiver, "http/protobuf", Map.of());
            assertThat(untrusted.log()).as("the JVM's trust store does not hold it")
                    .contains("Failed to export metrics to the OpenTelemetry collector at https://" + receiver.endpoint());
            assertThat(receiver.requests()).isEmpty();

            // dialed as localhost, which the certificate (for 127.0.0.1) does not name: Go's InsecureSkipVerify
            // skips the host check too
            RunRecord insecure = run(receiver.endpoint().replace("127.0.0.1", "localhost"), "http/protobuf",
                    Map.of("K6_OTEL_TLS_INSECURE_SKIP_VERIFY", "true"));
            assertThat(insecure.log()).doesNotContain("Failed to export");
            assertThat(total(receiver.latest("iterations").orElseThrow())).isEqualTo(20);
        }
    }

    @Test
    void withATlsSettingOnlyTls13IsSpokenAsK6Does() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.startTls(server, null, "TLSv1.2")) {
            RunRecord tls12 = run(receiver, "http/protobuf", Map.of("K6_OTEL_TLS_INSECURE_SKIP_VERIFY", "true"));

            assertThat(tls12.log()).contains("Failed to export metrics to the OpenTelemetry collector at https://"
                    + receiver.endpoint());
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void aFileThatCannotBeReadStopsTheRunBeforeItStartsNamingTheVariableAndThePath() throws Exception {
        String missing = dir.resolve("missing.key").toString();
        try (OtlpReceiver receiver = OtlpReceiver.startTls(server, client)) {
            assertThatThrownBy(() -> run(receiver, "http/protobuf", Map.of(
                    "K6_OTEL_TLS_CLIENT_CERTIFICATE", mutualTls.get("K6_OTEL_TLS_CLIENT_CERTIFICATE"),
                    "K6_OTEL_TLS_CLIENT_KEY", missing)))
                    .hasMessage("could not create the 'opentelemetry' output: failed to create OpenTelemetry exporter:"
                            + " failed to load client certificate: K6_OTEL_TLS_CLIENT_KEY: open " + missing
                            + ": no such file or directory");
            assertThat(receiver.requests()).isEmpty();
        }
    }
}
