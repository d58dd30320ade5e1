package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code K6_WEB_DASHBOARD=true jk6 run}: while one
 * run goes on, its {@code /events} stream gives points, and its live page, opened in headless Chromium,
 * draws them and follows the events to the end of the run; then the exported report opens from disk,
 * with no network, and draws the same run with its summary tables and thresholds' verdicts; the
 * summary and the other outputs are all there.
 * A taken port and a report path that cannot be written stop the run before the test, in one line.
 * Runs through the run command in this framework, with the web-dashboard bundle as the
 * distribution installs it; Chromium is the Debian package backends.sh installs.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WebDashboardOutputTest {

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void theLivePageFollowsTheRunAndTheReportHoldsAllOfIt() throws Exception {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { check, sleep } from 'k6';
                export const options = {
                  scenarios: {
                    browse: { executor: 'constant-vus', vus: 2, duration: '8s' },
                    checkout: { executor: 'constant-vus', vus: 1, duration: '6s', exec: 'checkout' },
                  },
                  thresholds: { http_req_duration: ['p(95)<5000'], checks: ['rate==1'],
                                'http_req_failed{scenario:checkout}': ['rate<0.1'] },
                };
                export default function () {
                  check(http.get(`${__ENV.BASE}/`), { 'status is 200': (r) => r.status === 200 });
                  sleep(0.05);
                }
                export function checkout() { http.get(`${__ENV.BASE}/status/500`); sleep(0.1); }
                """);
        int port = freePort();
        String url = "http://127.0.0.1:" + port;

        var running = jk6(run, "-e", "BASE=" + target.baseUrl(), "--out", "csv=out.csv", "script.js").in(dir)
                .env("K6_WEB_DASHBOARD", "true").env("K6_WEB_DASHBOARD_PORT", String.valueOf(port))
                .env("K6_WEB_DASHBOARD_PERIOD", "1s").env("K6_WEB_DASHBOARD_EXPORT", "report.html").start();
        running.awaitStderr("web dashboard: " + url);

        JsonNode update = firstPointWithRequests(url + "/events");
        assertThat(update.at("/point/d95").asDouble()).isPositive();
        assertThat(update.at("/point/sc/browse/reqs").asDouble()).as("the scenarios' own series").isPositive();
        assertThat(update.get("thresholds")).hasSize(3);

        // opened while the test runs, the page follows its events until the stream ends with the run
        var live = HeadlessChromium.open(url + "/", dir.resolve("live.png"), "--virtual-time-budget=60000");
        var result = running.await();
        assertDrawn(live, "live", 5);
        assertThat(Integer.parseInt(live.attribute("data-mode", "live", "data-events")))
                .as("events the page took: the state, points, the end").isGreaterThanOrEqualTo(3);
        assertThat(live.dom()).as("the end event drawn").contains("<p id=\"status\">ended after ");

        assertThat(result.exitCode()).as("checkout's failures cross its threshold\n%s", result).isEqualTo(99);
        assertThat(result.stdout()).contains("output: csv (out.csv), web-dashboard " + url)
                .contains("http_req_failed").contains("{ scenario:checkout }");
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).as("the other output has the run too").hasSizeGreaterThan(100);
        Path report = dir.resolve("report.html");
        assertThat(result.stderr()).contains("web dashboard report: " + report);
        String html = Files.readString(report);
        assertThat(html).as("one file: nothing is fetched").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("url(http").contains("data-mode=\"report\"");

        var opened = HeadlessChromium.open(report.toUri().toString(), dir.resolve("report.png"));
        assertDrawn(opened, "report", 5);
        assertThat(opened.count("<td class=\"ok\">✓ passed</td>")).as("p(95) and checks").isEqualTo(2);
        assertThat(opened.count("<td class=\"fail\">✗ failed</td>")).as("checkout's failures").isEqualTo(1);
        assertThat(opened.dom()).contains("<td>http_req_failed{scenario:checkout}</td>")
                .contains("<table data-type=\"trend\">").contains("<td>http_req_duration</td>");
    }

    /** Charts with points, no errors on the page or its console, and a screenshot. */
    private static void assertDrawn(HeadlessChromium.Page page, String mode, int minPoints) throws IOException {
        assertThat(page.attribute("data-mode", mode, "data-charts")).as(page.dom()).isEqualTo("11");
        for (String chart : new String[] {"reqs", "duration", "vus", "failed", "checks", "iters", "data",
                "scenario-reqs", "scenario-d95"}) {
            assertThat(Integer.parseInt(page.attribute("data-chart", chart, "data-points")))
                    .as("points of chart %s", chart).isGreaterThanOrEqualTo(minPoints);
        }
        assertThat(page.count("<canvas")).isEqualTo(11);
        assertThat(page.attribute("id", "errors", "hidden")).as("the page's own error box").isNotNull();
        assertThat(page.console()).as("the console").isEmpty();
        assertThat(Files.size(page.screenshot())).as("a screenshot with charts in it").isGreaterThan(50_000);
    }

    private static JsonNode firstPointWithRequests(String events) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(events))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = reader.readLine(); line != null && System.nanoTime() < deadline; line = reader.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ") && "point".equals(event)) {
                    JsonNode update = JSON.readTree(line.substring(6));
                    if (update.at("/point/reqs").asDouble() > 0) {
                        return update;
                    }
                }
            }
        }
        return fail("no point with requests on %s within 30 s", events);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aTakenPortStopsTheRunBeforeTheTestNamingTheSetting() throws IOException {
        Scripts.write(dir, "script.js", "export default function () { console.log('iteration ran'); }\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var result = jk6(run, "-i", "1", "--out", "web-dashboard=port=" + taken.getLocalPort() + "&period=1s",
                    "script.js").in(dir).run();

            assertThat(result.exitCode()).as("k6 gives no code of its own: -1\n%s", result).isEqualTo(255);
            assertThat(result.stderr()).contains("could not start the output \"web-dashboard\"")
                    .contains("cannot listen on 127.0.0.1, port " + taken.getLocalPort())
                    .contains("set K6_WEB_DASHBOARD_PORT to a free port").doesNotContain("iteration ran");
        }
    }

    @Test
    void aReportPathThatCannotBeWrittenStopsTheRunBeforeTheTest() {
        Scripts.write(dir, "script.js", "export default function () { console.log('iteration ran'); }\n");

        var result = jk6(run, "-i", "1", "script.js").in(dir).env("K6_WEB_DASHBOARD", "true")
                .env("K6_WEB_DASHBOARD_PORT", "-1").env("K6_WEB_DASHBOARD_EXPORT", "no/such/folder/report.html").run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(255);
        assertThat(result.stderr()).contains("K6_WEB_DASHBOARD_EXPORT: cannot write the report to "
                + dir.resolve("no/such/folder/report.html")).doesNotContain("iteration ran");
    }
}
