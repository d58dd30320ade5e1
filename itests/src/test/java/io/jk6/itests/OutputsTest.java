package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import io.jk6.testing.run.TestTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code jk6 run --out}: k6's json output, several outputs at once, and an unknown output. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OutputsTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** 10 iterations with one request each, and one more request in teardown. */
    private static final String SCRIPT = """
            import http from 'k6/http';
            export default function () { http.get(`${__ENV.BASE}/`); }
            export function teardown() { http.get(`${__ENV.BASE}/`); }
            """;

    @TempDir
    Path dir;

    private static List<JsonNode> readLines(Path file) throws IOException {
        String text;
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static long points(List<JsonNode> lines, String metric) {
        return lines.stream().filter(n -> n.path("type").asText().equals("Point")
                && n.path("metric").asText().equals(metric)).count();
    }

    @Test
    void jsonOutputWritesAPointPerRequestIncludingTeardownsAndAMetricLineOnce() throws IOException {
        Scripts.write(dir, "script.js", SCRIPT);

        var result = jk6(run, "-u", "2", "-i", "10", "-e", "BASE=" + target.baseUrl(), "--out", "json=out.json",
                "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: json (out.json)");
        List<JsonNode> lines = readLines(dir.resolve("out.json"));
        assertThat(points(lines, "http_reqs")).as("http_reqs points").isEqualTo(11);
        assertThat(SummaryExport.read(dir.resolve("summary.json")).count("http_reqs", "count")).isEqualTo(11);
        assertThat(points(lines, "iterations")).isEqualTo(10);
        assertThat(lines.stream().filter(n -> n.path("type").asText().equals("Metric")
                && n.path("metric").asText().equals("http_reqs"))).hasSize(1);
        JsonNode point = lines.stream().filter(n -> n.path("type").asText().equals("Point")
                && n.path("metric").asText().equals("http_reqs")).findFirst().orElseThrow();
        assertThat(point.path("data").path("value").asDouble()).isEqualTo(1);
        assertThat(point.path("data").path("tags").path("method").asText()).isEqualTo("GET");
        assertThat(point.path("data").path("tags").path("status").asText()).isEqualTo("200");
        assertThat(point.path("data").path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
    }

    @Test
    void twoOutputsAtOnceGetTheSameSamples() throws IOException {
        Scripts.write(dir, "script.js", SCRIPT);

        var result = jk6(run, "-i", "5", "-e", "BASE=" + target.baseUrl(), "-o", "json=a.json",
                "-o", "json=b.json.gz", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: json (a.json), json (b.json.gz)");
        List<JsonNode> a = readLines(dir.resolve("a.json"));
        List<JsonNode> b = readLines(dir.resolve("b.json.gz"));
        assertThat(points(a, "http_reqs")).isEqualTo(6);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void k6OutChoosesTheOutputsOfARunWithoutOutFlags() throws IOException {
        Scripts.write(dir, "script.js", SCRIPT);

        var fromEnv = jk6(run, "-i", "2", "-e", "BASE=" + target.baseUrl(), "script.js").in(dir)
                .env("K6_OUT", "json=env-a.json, json=env-b.json").run();
        var flagWins = jk6(run, "-i", "2", "-e", "BASE=" + target.baseUrl(), "-o", "json=flag.json", "script.js").in(dir)
                .env("K6_OUT", "json=ignored.json").run();

        assertThat(fromEnv.exitCode()).as(fromEnv.toString()).isZero();
        assertThat(fromEnv.stdout()).contains("output: json (env-a.json), json (env-b.json)");
        assertThat(points(readLines(dir.resolve("env-b.json")), "http_reqs")).isEqualTo(3);
        assertThat(flagWins.stdout()).contains("output: json (flag.json)");
        assertThat(dir.resolve("ignored.json")).as("--out before K6_OUT, as k6").doesNotExist();
    }

    @Test
    void anUnknownOutputExits104ListingTheAvailableOnesBeforeTheTestStarts() {
        Scripts.write(dir, "script.js", "export default function () { console.log('iteration ran'); }\n");

        var result = jk6(run, "--out", "nope", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(104);
        assertThat(result.stderr()).containsPattern("invalid output type 'nope', available types are: (.+, )?json")
                .doesNotContain("iteration ran");
    }
}
