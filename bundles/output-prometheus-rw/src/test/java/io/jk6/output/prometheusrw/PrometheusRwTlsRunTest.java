package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Sample;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import io.jk6.testing.SelfSignedTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs with {@code --out experimental-prometheus-rw} on a real Prometheus that speaks TLS and
 * needs a client certificate ({@code --web.config.file}, {@code RequireAndVerifyClientCert}), as a
 * team's shared Prometheus is often set up: k6's certificate and key files, keytool's self-signed
 * certificates, the key as PKCS#8 PEM. k6 has no CA file setting, so the runs skip verifying
 * Prometheus' certificate ({@code K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY}).
 */
class PrometheusRwTlsRunTest {

    @TempDir
    static Path dir;

    private static PrometheusServer prometheus;
    private static String certificateFile;
    private static String keyFile;

    @BeforeAll
    static void startPrometheus() throws Exception {
        SelfSignedTls server = SelfSignedTls.create(Files.createDirectories(dir.resolve("server")));
        SelfSignedTls client = SelfSignedTls.create(Files.createDirectories(dir.resolve("client")));
        certificateFile = Files.writeString(dir.resolve("client.pem"), client.certificatePem()).toString();
        keyFile = Files.writeString(dir.resolve("client.key"), client.privateKeyPem()).toString();
        prometheus = PrometheusServer.startTls(Files.createDirectories(dir.resolve("prometheus")), server, client);
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        prometheus.close();
    }

    /** 20 iterations tagged {@code run}, pushed every 100 ms over TLS, with {@code settings}. */
    private static RunRecord run(String tag, Map<String, String> settings) throws Exception {
        ScriptRun run = ScriptRun.of(dir, "export const options = { vus: 2, iterations: 20, tags: { run: '" + tag
                + "' } }; export default function () {}")
                .env("K6_PROMETHEUS_RW_SERVER_URL", prometheus.writeUrl())
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY", "true")
                .output("experimental-prometheus-rw", new PrometheusRwOutputFactory());
        settings.forEach(run::env);
        return run.run();
    }

    private static long lastSample(RunRecord run) {
        return run.samples().stream().mapToLong(Sample::timeMillis).max().orElseThrow();
    }

    @Test
    void withTheClientCertificatePrometheusHoldsWhatTheRunMeasured() throws Exception {
        RunRecord run = run("with-certificate", Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE", certificateFile,
                "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY", keyFile));

        assertThat(run.log()).doesNotContain("Failed to send");
        // now, over each series' last value: the last ones may come a millisecond after the last sample
        assertThat(prometheus.value("sum(last_over_time(k6_iterations_total{run=\"with-certificate\"}[1h]))",
                System.currentTimeMillis()))
                .isEqualTo(run.completeIterations()).isEqualTo(20);
    }

    @Test
    void withoutItPrometheusRefusesThePushesAndTheFailureIsLogged() throws Exception {
        RunRecord run = run("without-certificate", Map.of());

        assertThat(run.log()).contains("Failed to send the time series data to the endpoint: HTTP POST request failed:"
                + " Post \"" + prometheus.writeUrl() + "\": ");
        assertThat(prometheus.query("{run=\"without-certificate\"}", lastSample(run))).isEmpty();
    }
}
