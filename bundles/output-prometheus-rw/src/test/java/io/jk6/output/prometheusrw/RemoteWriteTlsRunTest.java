package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import io.jk6.testing.SelfSignedTls;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs with {@code --out experimental-prometheus-rw} to a remote write receiver on 127.0.0.1
 * that speaks TLS and needs a client certificate, as a Prometheus behind {@code client_auth_type:
 * RequireAndVerifyClientCert}: k6's client certificate and key files as a user writes them (the
 * key in PKCS#8 PEM). The receiver's certificate is self-signed (keytool's) and k6 has no CA file
 * setting, so the runs skip verifying it.
 */
class RemoteWriteTlsRunTest {

    @TempDir
    static Path dir;

    private static SelfSignedTls server;
    private static SelfSignedTls client;
    private static String certificateFile;
    private static String keyFile;

    /** What arrived, decoded, with the subject of the client certificate that sent it. */
    private record Received(String client, List<TimeSeries> series) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpsServer receiver;

    @BeforeAll
    static void certificates() throws Exception {
        server = SelfSignedTls.create(Files.createDirectories(dir.resolve("server")));
        client = SelfSignedTls.create(Files.createDirectories(dir.resolve("client")));
        certificateFile = Files.writeString(dir.resolve("client.pem"), client.certificatePem()).toString();
        keyFile = Files.writeString(dir.resolve("client.key"), client.privateKeyPem()).toString();
    }

    @BeforeEach
    void startReceiver() throws Exception {
        SSLContext context = server.serverContext(client);
        receiver = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        receiver.createContext("/api/v1/write", exchange -> {
            try (exchange) {
                String subject = ((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName();
                received.add(new Received(subject, WriteRequestDecoder.decode(exchange.getRequestBody().readAllBytes())));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "https://127.0.0.1:" + receiver.getAddress().getPort() + "/api/v1/write";
    }

    /** 20 iterations pushed over TLS every 100 ms, with {@code settings}. */
    private RunRecord run(Map<String, String> settings) throws Exception {
        ScriptRun run = ScriptRun.of(dir, "export const options = { vus: 2, iterations: 20 };"
                + " export default function () {}")
                .env("K6_PROMETHEUS_RW_SERVER_URL", url())
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY", "true")
                .output("experimental-prometheus-rw", new PrometheusRwOutputFactory());
        settings.forEach(run::env);
        return run.run();
    }

    @Test
    void withTheClientCertificateTheReceiverThatNeedsOneGetsTheSeries() throws Exception {
        RunRecord run = run(Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE", certificateFile,
                "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY", keyFile));

        assertThat(run.log()).doesNotContain("Failed to send");
        assertThat(received).isNotEmpty().allSatisfy(r -> assertThat(r.client()).isEqualTo("CN=127.0.0.1"));
        double iterations = received.stream().flatMap(r -> r.series().stream())
                .filter(s -> s.labels().contains(new TimeSeries.Label("__name__", "k6_iterations_total")))
                .mapToDouble(TimeSeries::value).max().orElseThrow();
        assertThat(iterations).as("the last push's cumulative count").isEqualTo(20);
    }

    @Test
    void withoutTheClientCertificateTheReceiverRefusesAndThePushFailureIsLogged() throws Exception {
        RunRecord run = run(Map.of());

        assertThat(run.log()).contains("Failed to send the time series data to the endpoint: HTTP POST request failed:"
                + " Post \"" + url() + "\": ");
        assertThat(run.exitCode()).as("a failed push does not fail the test, as in k6").isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadStopsTheRunBeforeItStartsNamingTheVariableAndThePath() {
        String missing = dir.resolve("missing.pem").toString();

        assertThatThrownBy(() -> run(Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE", missing,
                "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY", keyFile)))
                .hasMessage("could not create the 'experimental-prometheus-rw' output: failed to load the TLS"
                        + " certificate: K6_PROMETHEUS_RW_CLIENT_CERTIFICATE: open " + missing
                        + ": no such file or directory");
        assertThat(received).isEmpty();
    }
}
