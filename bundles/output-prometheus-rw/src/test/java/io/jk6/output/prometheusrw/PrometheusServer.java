package io.jk6.output.prometheusrw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code prometheus} package, which {@code test.sh} installs) on
 * 127.0.0.1 with its remote write receiver on, its data in a temporary directory, for one test class.
 */
final class PrometheusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PrometheusServer start(Path dir) throws Exception {
        Path prometheus = Path.of("/usr/bin/prometheus");
        if (!Files.isExecutable(prometheus)) {
            throw new IllegalStateException("no Prometheus at " + prometheus + ": install Debian's prometheus package"
                    + " (./test.sh installs it when it runs as root)");
        }
        int port = freePort();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1m\n"); // scrapes nothing: remote write only
        Process process = new ProcessBuilder(prometheus.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--web.enable-remote-write-receiver")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(process, port);
        server.awaitReady(dir.resolve("prometheus.log"));
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100); // the poll's pace, not a wait for a result
        }
        close();
        throw new IllegalStateException("prometheus was not ready within 30s: " + Files.readString(log));
    }

    String url() {
        return "http://127.0.0.1:" + port;
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
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        http.close();
    }
}
