package io.jk6.output.webdashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.OutputParams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The output's life on a real server on 127.0.0.1: the page, the events, the report, and its faults. */
@Timeout(30)
class WebDashboardOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final RecordingLogger logger = new RecordingLogger();
    private final List<String> log = logger.lines;

    private WebDashboardOutput output(Map<String, String> env) {
        OutputParams params = new TestParams(env, dir, logger);
        return (WebDashboardOutput) new WebDashboardOutputFactory().create(params);
    }

    @Test
    void theLivePageAndItsEventsFollowTheRunAndTheReportIsWrittenAtTheEnd() throws Exception {
        WebDashboardOutput output = output(Map.of("K6_WEB_DASHBOARD_PORT", "0", "K6_WEB_DASHBOARD_PERIOD", "100ms",
                "K6_WEB_DASHBOARD_EXPORT", "report.html"));
        output.setThresholds(Map.of("http_req_failed", List.of("rate<0.5")));
        output.start();
        String url = log.stream().filter(l -> l.startsWith("web dashboard: ")).findFirst().orElseThrow().substring(15);
        try {
            HttpClient client = HttpClient.newHttpClient();
            var events = client.send(HttpRequest.newBuilder(URI.create(url + "/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("text/event-stream"));
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                assertThat(nextEvent(reader)).as("everything so far, on connect").startsWith("state ");
                output.addMetricSamples(List.of(RunAggregatorTest.request("default", 12, false)));
                String point = nextEvent(reader);
                while (!point.contains("\"reqs\":") || point.contains("\"reqs\":0,")) {
                    point = nextEvent(reader); // periods may pass before the samples are taken
                }
                JsonNode update = JSON.readTree(point.substring("point ".length()));
                assertThat(update.at("/point/dAvg").asDouble()).isEqualTo(12);
                assertThat(update.at("/thresholds/0/ok").asBoolean()).isTrue();
            }
            String page = client.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("data-mode=\"live\"").contains("var uPlot=").contains("\"http_req_duration\"");
        } finally {
            output.stop();
        }
        String report = Files.readString(dir.resolve("report.html"));
        assertThat(report).contains("data-mode=\"report\"").contains("\"ended\":true").contains("\"http_reqs\"")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(log).anyMatch(l -> l.startsWith("web dashboard report: " + dir.resolve("report.html")));
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                HttpResponse.BodyHandlers.ofString())).as("the server is gone").isInstanceOf(IOException.class);
    }

    /** The next event as "NAME DATA". */
    private static String nextEvent(BufferedReader reader) throws IOException {
        String name = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("event: ")) {
                name = line.substring(7);
            } else if (line.startsWith("data: ") && name != null) {
                return name + " " + line.substring(6);
            }
        }
        throw new IOException("the event stream ended");
    }

    /**
     * A period of a busy test holds more samples than an output's buffer (a million): every one is
     * counted, as the samples are added as they arrive rather than kept for the period's end.
     */
    @Test
    void aPeriodOfMoreSamplesThanABufferHoldsIsCountedWhole() throws Exception {
        WebDashboardOutput output = output(Map.of("K6_WEB_DASHBOARD_PORT", "-1", "K6_WEB_DASHBOARD_PERIOD", "1h",
                "K6_WEB_DASHBOARD_EXPORT", "report.html"));
        output.start();
        int requests = 400_000; // 3 samples each
        for (int batch = 0; batch < requests / 1000; batch++) {
            List<SampleContainer> samples = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                samples.add(RunAggregatorTest.request("default", 12, false));
            }
            output.addMetricSamples(samples);
        }
        output.stop();

        assertThat(Files.readString(dir.resolve("report.html"))).containsPattern(
                "\"http_reqs\"[^}]*\"count\":" + requests + "[,}]");
    }

    @Test
    void aTakenPortStopsTheRunNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            WebDashboardOutput output = output(Map.of("K6_WEB_DASHBOARD_PORT", String.valueOf(taken.getLocalPort())));

            assertThatThrownBy(output::start).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1, port " + taken.getLocalPort())
                    .hasMessageContaining("set K6_WEB_DASHBOARD_PORT to a free port");
        }
    }

    @Test
    void anExportPathThatCannotBeWrittenFailsBeforeTheTest() {
        WebDashboardOutput output = output(Map.of("K6_WEB_DASHBOARD_PORT", "-1",
                "K6_WEB_DASHBOARD_EXPORT", "missing/report.html"));

        assertThatThrownBy(output::start).hasMessage("K6_WEB_DASHBOARD_EXPORT: cannot write the report to "
                + dir.resolve("missing/report.html") + ": its folder " + dir.resolve("missing") + " does not exist");
    }

    @Test
    void aReportThatCannotBeWrittenAtTheEndIsAnErrorOfStopAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        WebDashboardOutput output = output(Map.of("K6_WEB_DASHBOARD_PORT", "-1",
                "K6_WEB_DASHBOARD_EXPORT", "reports/report.html"));
        output.start();
        output.addMetricSamples(List.of(RunAggregatorTest.request("default", 12, false)));
        Files.delete(folder); // gone while the test ran

        assertThatThrownBy(output::stop).isInstanceOf(IOException.class)
                .hasMessageStartingWith("K6_WEB_DASHBOARD_EXPORT: cannot write the report to " + folder.resolve("report.html"));
        assertThat(output.description()).isEqualTo("web-dashboard");
    }

    private record TestParams(Map<String, String> environment, Path workingDirectory, RecordingLogger logger)
            implements OutputParams {

        @Override
        public String outputType() {
            return "web-dashboard";
        }

        @Override
        public String configArgument() {
            return "";
        }

        @Override
        public Optional<String> jsonConfig() {
            return Optional.empty();
        }

        @Override
        public PrintStream stdout() {
            return System.out;
        }

        @Override
        public PrintStream stderr() {
            return System.err;
        }

        @Override
        public Path scriptPath() {
            return workingDirectory.resolve("script.js");
        }

        @Override
        public Map<String, Object> scriptOptions() {
            return Map.of();
        }
    }
}
