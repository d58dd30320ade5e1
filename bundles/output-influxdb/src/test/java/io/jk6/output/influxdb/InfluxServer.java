package io.jk6.output.influxdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.testing.BackendProcess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real InfluxDB 1.x (Debian's {@code influxdb} package, which {@code test.sh} installs) on
 * 127.0.0.1, with its data in a temporary directory, for one test class.
 */
final class InfluxServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BackendProcess process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private InfluxServer(BackendProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static InfluxServer start(Path dir) throws Exception {
        int port = BackendProcess.freePort();
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
                """.formatted(BackendProcess.freePort(), dir, dir, dir, port));
        BackendProcess process = BackendProcess.start("InfluxDB", List.of("/usr/bin/influxd", "-config",
                config.toString()), dir.resolve("influxd.log"), URI.create("http://127.0.0.1:" + port + "/ping"), 204);
        return new InfluxServer(process, port);
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
        process.close();
        http.close();
    }
}
