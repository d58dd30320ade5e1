package io.jk6.output.influxdb;

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
 * A real InfluxDB 1.x (Debian's {@code influxdb} package, which {@code test.sh} installs) on
 * 127.0.0.1, with its data in a temporary directory, for one test class.
 */
final class InfluxServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private InfluxServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static InfluxServer start(Path dir) throws Exception {
        Path influxd = Path.of("/usr/bin/influxd");
        if (!Files.isExecutable(influxd)) {
            throw new IllegalStateException("no InfluxDB at " + influxd + ": install Debian's influxdb package"
                    + " (./test.sh installs it when it runs as root)");
        }
        int port = freePort();
        Path config = dir.resolve("influxdb.conf");
        Files.writeString(config, """
                reporting-disabled = true
                bind-address = "127.0.0.1:%d"
                [meta]
                  dir = "%s/meta"
                [data]
                  dir = "%s/data"
                  wal-dir = "%s/wal"
                [http]
                  bind-address = "127.0.0.1:%d"
                  log-enabled = false
                [monitor]
                  store-enabled = false
                """.formatted(freePort(), dir, dir, dir, port));
        Process process = new ProcessBuilder(influxd.toString(), "-config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("influxd.log").toFile()).start();
        InfluxServer server = new InfluxServer(process, port);
        server.awaitPing(dir.resolve("influxd.log"));
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitPing(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("influxd exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ping = http.send(HttpRequest.newBuilder(URI.create(url() + "/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 204) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("influxd did not answer /ping within 30s: " + Files.readString(log));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** An InfluxQL query's first series, as InfluxDB's JSON ({@code columns}, {@code values}); missing when none. */
    JsonNode query(String db, String influxQl) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/query?db="
                + URLEncoder.encode(db, StandardCharsets.UTF_8) + "&q=" + URLEncoder.encode(influxQl, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("results").path(0).path("series").path(0);
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
