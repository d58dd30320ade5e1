package io.jk6.output.prometheusrw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.support.tls.ClientTls;
import io.jk6.support.tls.Pem;
import io.jk6.testing.BackendProcess;
import io.jk6.testing.SelfSignedTls;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Prometheus (Debian's {@code prometheus} package, which {@code test.sh} installs) on
 * 127.0.0.1 with its remote write receiver on, its data in a temporary directory, for one test class;
 * in plaintext or over TLS needing a client certificate.
 */
final class PrometheusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BackendProcess process;
    private final String url;
    private final HttpClient http;

    private PrometheusServer(BackendProcess process, String url, HttpClient http) {
        this.process = process;
        this.url = url;
        this.http = http;
    }

    /** @param features Prometheus' feature flags to enable ({@code --enable-feature}), such as {@code native-histograms} */
    static PrometheusServer start(Path dir, String... features) throws Exception {
        return start(dir, List.of(), "http", HttpClient.newHttpClient(), features);
    }

    /**
     * Prometheus over TLS with {@code server}'s certificate, needing {@code client}'s from every
     * client ({@code client_auth_type: RequireAndVerifyClientCert}, its web configuration file);
     * the test's own queries present it.
     */
    static PrometheusServer startTls(Path dir, SelfSignedTls server, SelfSignedTls client) throws Exception {
        Path serverCert = Files.writeString(dir.resolve("prometheus-cert.pem"), server.certificatePem());
        Path serverKey = Files.writeString(dir.resolve("prometheus-key.pem"), server.privateKeyPem());
        Path clientCa = Files.writeString(dir.resolve("prometheus-client-ca.pem"), client.certificatePem());
        Path web = Files.writeString(dir.resolve("web.yml"), "tls_server_config:\n"
                + "  cert_file: " + serverCert + "\n  key_file: " + serverKey + "\n"
                + "  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: " + clientCa + "\n");
        ClientTls tls = ClientTls.of(Pem.certificates(server.certificatePem()), Pem.certificates(client.certificatePem()),
                Pem.privateKey(client.privateKeyPem()), false);
        return start(dir, List.of("--web.config.file=" + web), "https",
                HttpClient.newBuilder().sslContext(tls.context()).build());
    }

    private static PrometheusServer start(Path dir, List<String> flags, String scheme, HttpClient http,
            String... features) throws Exception {
        int port = BackendProcess.freePort();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1m\n"); // scrapes nothing: remote write only
        List<String> command = new ArrayList<>(List.of("/usr/bin/prometheus",
                "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port, "--web.enable-remote-write-receiver"));
        command.addAll(flags);
        if (features.length > 0) {
            command.add("--enable-feature=" + String.join(",", features));
        }
        String url = scheme + "://127.0.0.1:" + port;
        BackendProcess process = BackendProcess.start("Prometheus", command,
                dir.resolve("prometheus.log"), URI.create(url + "/-/ready"), 200, http);
        return new PrometheusServer(process, url, http);
    }

    String url() {
        return url;
    }

    String writeUrl() {
        return url() + "/api/v1/write";
    }

    /**
     * An instant query's result vector ({@code [{"metric": {...}, "value": [time, "value"]}]}).
     *
     * @param atMillis the evaluation time, epoch milliseconds
     */
    JsonNode query(String promQl, long atMillis) throws Exception {
        String time = String.format(java.util.Locale.ROOT, "%.3f", atMillis / 1000.0);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/query?query="
                + URLEncoder.encode(promQl, StandardCharsets.UTF_8) + "&time=" + time))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalStateException(promQl + ": " + response.body());
        }
        return body.path("data").path("result");
    }

    /** The single value of a query that must give exactly one series. */
    double value(String promQl, long atMillis) throws Exception {
        JsonNode result = query(promQl, atMillis);
        if (result.size() != 1) {
            throw new AssertionError(promQl + " gave " + result.size() + " series: " + result);
        }
        return Double.parseDouble(result.path(0).path("value").path(1).asText());
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
        http.close();
    }
}
