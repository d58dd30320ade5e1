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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** k6/http behaviour seen from outside a run: metric tags in the JSON output, batch limits in time. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HttpExtrasTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anHttpUrlTemplateNamesItsRequestsByTheTemplate() throws IOException {
        // the base URL is part of the template, as in k6's docs: a value there would be `${}` too
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () {
                  for (const code of [200, 201, 202]) {
                    http.get(http.url`BASE/status/${code}`);
                  }
                  http.get(http.url`BASE/json`);
                }
                """.replace("BASE", target.baseUrl()));

        var result = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "--out", "json=out.json", "script.js")
                .in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonNode> reqs = points(dir.resolve("out.json"), "http_reqs");
        assertThat(reqs).extracting(p -> p.path("data").path("tags").path("name").asText())
                .containsExactly(target.baseUrl() + "/status/${}", target.baseUrl() + "/status/${}",
                        target.baseUrl() + "/status/${}", target.baseUrl() + "/json");
        assertThat(reqs).extracting(p -> p.path("data").path("tags").path("url").asText())
                .contains(target.baseUrl() + "/status/201");
    }

    @Test
    void noResponseCallbackDropsTheExpectedResponseTagAndHttpReqFailed() throws IOException {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () {
                  http.get(`${__ENV.BASE_URL}/status/200`, { responseCallback: null });
                  http.get(`${__ENV.BASE_URL}/status/404`);
                }
                """);

        var result = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "--out", "json=out.json", "script.js")
                .in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonNode> reqs = points(dir.resolve("out.json"), "http_reqs");
        assertThat(reqs).extracting(p -> p.path("data").path("tags").path("expected_response").asText(""))
                .containsExactly("", "false");
        assertThat(points(dir.resolve("out.json"), "http_req_failed")).hasSize(1);
    }

    @Test
    void batchRunsRequestsInParallelWithinBatchPerHost() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { check } from 'k6';
                export const options = { batchPerHost: 2 };
                const url = `${__ENV.BASE_URL}/delay/400`;
                export default function () {
                  http.batch([url, url, url, url]); // warm-up: connections, JIT
                  let start = Date.now();
                  http.batch([url, url, url, url]);
                  const limited = Date.now() - start;
                  start = Date.now();
                  http.batch([url, url, `${__ENV.BASE_URL.replace('127.0.0.1', 'localhost')}/delay/400`]);
                  const twoHosts = Date.now() - start;
                  check(null, {
                    'two at a time per host: at least two rounds': () => limited >= 790,
                    'never all four in sequence': () => limited < 1590,
                    'another host is not limited by the first': () => twoHosts < 790,
                  });
                  console.log(`limited=${limited} twoHosts=${twoHosts}`);
                }
                """);

        var result = jk6(run, "-e", "BASE_URL=" + target.baseUrl(), "--summary-export", "summary.json", "script.js")
                .in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("checks", "fails")).as(result.toString()).isZero();
        assertThat(export.count("checks", "passes")).as(result.toString()).isEqualTo(3);
        assertThat(export.count("http_reqs", "count")).isEqualTo(11);
    }

    /** The {@code Point} lines of {@code metric} in a {@code --out json} file, in order. */
    private static List<JsonNode> points(Path file, String metric) throws IOException {
        List<JsonNode> points = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode node = JSON.readTree(line);
            if (node.path("type").asText().equals("Point") && node.path("metric").asText().equals(metric)) {
                points.add(node);
            }
        }
        return points;
    }
}
