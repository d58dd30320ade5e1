package io.jk6.output.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.support.output.EncodedRows;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The influxdb output against a real InfluxDB 1.x: what was measured is what the database holds. */
class InfluxOutputTest {

    private static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
    private static final Metric DURATION = new Metric("http_req_duration", MetricType.TREND, ValueType.TIME);

    @TempDir
    static Path dir;

    private static InfluxServer influx;
    private final List<String> logged = new ArrayList<>();

    @BeforeAll
    static void startInflux() throws Exception {
        influx = InfluxServer.start(dir);
    }

    @AfterAll
    static void stopInflux() throws Exception {
        influx.close();
    }

    private Output output(String argument, Map<String, String> env) {
        System.Logger logger = new System.Logger() {
            public String getName() { return "influxdb"; }
            public boolean isLoggable(Level level) { return true; }
            public void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) { logged.add(level + " " + msg); }
            public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) { logged.add(level + " " + format); }
        };
        return new InfluxOutputFactory().create(new OutputParams() {
            public String outputType() { return "influxdb"; }
            public String configArgument() { return argument; }
            public Optional<String> jsonConfig() { return Optional.empty(); }
            public Map<String, String> environment() { return env; }
            public PrintStream stdout() { return System.out; }
            public PrintStream stderr() { return System.err; }
            public Path scriptPath() { return dir.resolve("s.js"); }
            public Path workingDirectory() { return dir; }
            public Map<String, Object> scriptOptions() { return Map.of(); }
            public System.Logger logger() { return logger; }
        });
    }

    private static void feed(Output output, List<Sample> samples) throws Exception {
        output.start();
        for (Sample sample : samples) {
            output.addMetricSamples(List.<SampleContainer>of(sample));
        }
        output.stop(); // no wait: stop must write what is buffered and wait for the writes in flight
    }

    @Test
    void everySampleIsAPointEvenSeveralOfOneSeriesInOneMillisecond() throws Exception {
        List<Sample> samples = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 500; i++) {
            // 100 VUs, each request tagged as k6 tags it; five land in each millisecond, 3 µs apart
            TagSet tags = TagSet.of("method", "GET", "status", "200", "url", "http://127.0.0.1/", "name",
                    "http://127.0.0.1/", "vu", Integer.toString(i % 100), "iter", Integer.toString(i / 100));
            samples.add(new Sample(REQS, tags, now + i / 5, 1, i % 5 * 3_000));
            samples.add(new Sample(DURATION, tags, now + i / 5, 10 + i % 7, i % 5 * 3_000));
        }
        Output output = output("http://" + influx.url().substring("http://".length()) + "/runs", Map.of());
        assertThat(output.description()).isEqualTo("InfluxDBv1 (" + influx.url() + ")");

        feed(output, samples);

        assertThat(influx.query("runs", "SELECT count(\"value\") FROM \"http_reqs\"").path("values").path(0).path(1)
                .asLong()).as("the database was created and holds every request").isEqualTo(500);
        JsonNode max = influx.query("runs", "SELECT max(\"value\"), sum(\"value\") FROM \"http_req_duration\"");
        assertThat(max.path("values").path(0).path(1).asDouble()).isEqualTo(16);
        assertThat(max.path("values").path(0).path(2).asDouble()).isEqualTo(samples.stream()
                .filter(s -> s.metric() == DURATION).mapToDouble(Sample::value).sum());
        JsonNode tags = influx.query("runs", "SHOW TAG KEYS FROM \"http_reqs\"");
        assertThat(tags.path("values").toString()).as("vu, iter and url are fields by default, as in k6")
                .contains("method", "status", "name").doesNotContain("\"vu\"", "\"iter\"", "\"url\"");
        JsonNode fields = influx.query("runs", "SHOW FIELD KEYS FROM \"http_reqs\"");
        assertThat(fields.path("values").toString()).contains("[\"iter\",\"string\"]", "[\"url\",\"string\"]",
                "[\"value\",\"float\"]");
    }

    @Test
    void tagsAsFieldsTakeTheirTypesAndK6InfluxdbVariablesSitBelowTheArgument() throws Exception {
        Map<String, String> env = Map.of("K6_INFLUXDB_ADDR", influx.url(), "K6_INFLUXDB_DB", "from_env",
                "K6_INFLUXDB_TAGS_AS_FIELDS", "vu:int,iter:int,url");

        feed(output("", env), List.of(new Sample(REQS, TagSet.of("vu", "7", "iter", "3", "url", "http://x/"),
                System.currentTimeMillis(), 1)));

        JsonNode fields = influx.query("from_env", "SHOW FIELD KEYS FROM \"http_reqs\"");
        assertThat(fields.path("values").toString()).contains("[\"vu\",\"integer\"]", "[\"iter\",\"integer\"]");
        assertThat(influx.query("from_env", "SELECT \"vu\" FROM \"http_reqs\"").path("values").path(0).path(1).asLong())
                .isEqualTo(7);
    }

    @Test
    void anUnreachableServerIsLoggedAndTheTestGoesOn() throws Exception {
        Output output = output("http://127.0.0.1:9/k6", Map.of());

        feed(output, List.of(new Sample(REQS, TagSet.empty(), System.currentTimeMillis(), 1)));

        assertThat(logged).anyMatch(line -> line.startsWith("ERROR Couldn't write stats"));
    }

    @Test
    void aWriteAnsweredWith503IsTriedAgainAndABadCredentialIsNot() throws Exception {
        List<Integer> answers = new ArrayList<>(List.of(503, 204, 401));
        List<String> writes = new CopyOnWriteArrayList<>();
        HttpServer flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flaky.createContext("/", exchange -> {
            int status = 204;
            if (exchange.getRequestURI().getPath().equals("/write")) {
                writes.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                status = answers.remove(0);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        flaky.start();
        try {
            String url = "http://127.0.0.1:" + flaky.getAddress().getPort() + "/k6";

            feed(output(url, Map.of()), List.of(new Sample(REQS, TagSet.empty(), System.currentTimeMillis(), 1)));
            assertThat(writes).as("the batch again after the 503").hasSize(2).allMatch(w -> w.equals(writes.get(0)));
            assertThat(logged).noneMatch(line -> line.startsWith("ERROR"));

            feed(output(url, Map.of()), List.of(new Sample(REQS, TagSet.empty(), System.currentTimeMillis(), 1)));
            assertThat(writes).as("a 401 is not tried again").hasSize(3);
            assertThat(logged).anyMatch(line -> line.startsWith("ERROR Couldn't write stats"));
        } finally {
            flaky.stop(0);
        }
    }

    @Test
    void aBusyFlushIsWrittenInRequestsOfAtMostAChunkEveryPointArrivingWhole() throws Exception {
        List<Integer> pointsPerRequest = new CopyOnWriteArrayList<>();
        List<Integer> bytesPerRequest = new CopyOnWriteArrayList<>();
        HttpServer counting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        counting.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/write")) {
                byte[] bytes = exchange.getRequestBody().readAllBytes();
                String body = new String(bytes, StandardCharsets.UTF_8);
                bytesPerRequest.add(bytes.length);
                pointsPerRequest.add((int) body.lines().filter(line -> line.matches("http_reqs value=1,vu=\"\\d+\" \\d+"))
                        .count()); // a line torn between two requests matches in neither
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        counting.start();
        try {
            List<Sample> samples = new ArrayList<>();
            long now = System.currentTimeMillis();
            for (int i = 0; i < 45_000; i++) { // ~50 bytes each: 2.2 MB
                samples.add(new Sample(REQS, TagSet.of("vu", Integer.toString(i)), now, 1, i % 1_000_000));
            }

            Output output = output("http://127.0.0.1:" + counting.getAddress().getPort() + "/k6", Map.of());
            output.start();
            output.addMetricSamples(List.copyOf(samples)); // one batch: the one flush is stop's
            output.stop();

            assertThat(bytesPerRequest).as("one flush at stop, in requests of at most a chunk").hasSizeGreaterThan(1)
                    .allMatch(bytes -> bytes <= EncodedRows.DEFAULT_CHUNK_BYTES);
            assertThat(pointsPerRequest.stream().mapToInt(Integer::intValue).sum()).as("every point, whole")
                    .isEqualTo(45_000);
        } finally {
            counting.stop(0);
        }
    }

    @Test
    void badSettingsFailBeforeTheTestInK6sWords() {
        assertThatThrownBy(() -> output(influx.url() + "/k6?colour=red", Map.of()))
                .hasMessage("unknown query parameter: colour");
        assertThatThrownBy(() -> output(influx.url() + "/k6?insecure=maybe", Map.of()))
                .hasMessage("insecure must be true or false, not maybe");
        assertThatThrownBy(() -> output(influx.url() + "/k6?tagsAsFields=vu:number", Map.of()))
                .hasMessage("an invalid type (number) is specified for an InfluxDB field (vu)");
        assertThatThrownBy(() -> output("", Map.of("K6_INFLUXDB_CONCURRENT_WRITES", "0")))
                .hasMessage("influxdb's ConcurrentWrites must be a positive number");
        assertThatThrownBy(() -> output("", Map.of("K6_INFLUXDB_PUSH_INTERVAL", "soon")))
                .hasMessageStartingWith("K6_INFLUXDB_PUSH_INTERVAL: invalid duration \"soon\"");
    }
}
