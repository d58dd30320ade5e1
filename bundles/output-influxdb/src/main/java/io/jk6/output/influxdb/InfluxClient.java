package io.jk6.output.influxdb;

import io.jk6.support.output.Retry;
import io.jk6.support.tls.TrustingTls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** InfluxDB 1.x's HTTP API as k6's client uses it: {@code /query} to create the database, {@code /write}. */
final class InfluxClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final InfluxConfig config;
    private final HttpClient http;

    InfluxClient(InfluxConfig config) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        if (config.proxy() != null && !config.proxy().isEmpty()) {
            URI proxy = URI.create(config.proxy());
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.getHost(), proxy.getPort() < 0 ? 80 : proxy.getPort())));
        }
        if (config.insecure()) {
            builder.sslContext(TrustingTls.context());
        }
        this.http = builder.build();
    }

    /** {@code CREATE DATABASE}: fails for a user who may not, which is harmless when the database exists. */
    void createDatabase() throws IOException, InterruptedException {
        String query = "CREATE DATABASE \"" + config.db().replace("\"", "\\\"") + "\"";
        send(request("/query?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Writes line protocol, UTF-8; throws with the server's error text unless it answers 2xx, as a
     * {@link Retry.Refused} when trying again cannot help (4xx but 408 and 429).
     */
    void write(byte[] lines, int length) throws IOException, InterruptedException {
        StringBuilder path = new StringBuilder("/write?db=").append(URLEncoder.encode(config.db(), StandardCharsets.UTF_8));
        append(path, "rp", config.retention());
        append(path, "precision", config.precision());
        append(path, "consistency", config.consistency());
        send(request(path.toString()).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(lines, 0, length)).build());
    }

    private static void append(StringBuilder path, String name, String value) {
        if (!value.isEmpty()) {
            path.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.addr().replaceFirst("/+$", "") + pathAndQuery))
                .timeout(TIMEOUT).header("User-Agent", "k6");
        if (config.username() != null && !config.username().isEmpty()) {
            String credentials = config.username() + ":" + (config.password() == null ? "" : config.password());
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String body = response.body().strip();
            String message = body.isEmpty() ? "HTTP " + response.statusCode() : body;
            throw Retry.transientStatus(response.statusCode()) ? new IOException(message) : new Retry.Refused(message);
        }
    }

    void close() {
        http.close();
    }
}
