package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6 run --address}: k6's REST API through the run command in this framework, steering a
 * test against the TestServer on 127.0.0.1: status, VUs, pause, metrics, Prometheus text and the
 * stop (exit 103, summary printed). The routes' documents are tested beside the API's code
 * (jk6-cli's io.jk6.cli.rest); k6-operator's use of them in OperatorRunnerTest.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RestApiTest {

    private static final int STOPPED_FROM_REST_API = 103;
    private static final int CANNOT_START_REST_API = 106;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void theApiSteersAndStopsAnExternallyControlledTest() throws Exception {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { check, group, sleep } from 'k6';
                export const options = { scenarios: {
                  ext: { executor: 'externally-controlled', vus: 1, maxVUs: 3, duration: '0', gracefulStop: '5s' } } };
                export default function () {
                  group('front', () => { check(http.get(`${__ENV.BASE}/`), { 'is 200': (r) => r.status === 200 }); });
                  sleep(0.05);
                }
                """);
        String api = "http://127.0.0.1:" + freePort();
        var running = jk6(run, "--address", api.substring("http://".length()), "--paused", "-e",
                "BASE=" + target.baseUrl(), "script.js").in(dir).start();

        String paused = poll(api + "/v1/status", body -> body.contains("\"status\":4"), running);
        assertThat(paused).as("started paused: VUs initialized, nothing running")
                .contains("\"paused\":true,\"vus\":0,\"vus-max\":3");

        String resumed = patch(api + "/v1/status", "{\"paused\":false}");
        assertThat(resumed).contains("\"paused\":false");
        poll(api + "/v1/status", body -> body.contains("\"status\":7,\"paused\":false,\"vus\":1,"), running);

        assertThat(patch(api + "/v1/status", "{\"vus\":3}")).contains("\"vus-max\":3");
        poll(api + "/v1/status", body -> body.contains("\"vus\":3,"), running);

        String reqs = poll(api + "/v1/metrics/http_reqs", body -> body.contains("\"count\":"), running);
        assertThat(reqs).startsWith("{\"data\":{\"type\":\"metrics\",\"id\":\"http_reqs\",\"attributes\":"
                + "{\"type\":\"counter\",\"contains\":\"default\",\"tainted\":null,\"sample\":{\"count\":");
        assertThat(get(api + "/v1/metrics").body()).contains("\"id\":\"http_req_duration\"");
        String groups = poll(api + "/v1/groups", body -> body.contains("\"name\":\"front\""), running);
        assertThat(groups).contains("\"path\":\"::front::is 200\"");

        HttpResponse<String> prometheus = get(api + "/metrics");
        assertThat(prometheus.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(prometheus.body()).contains("# TYPE k6_http_reqs_total counter")
                .containsPattern("(?m)^k6_http_reqs_total [1-9]\\d*$").contains("k6_http_req_duration_p95 ");

        assertThat(patch(api + "/v1/status", "{\"stopped\":true}")).contains("\"stopped\":true");
        var result = running.await();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(STOPPED_FROM_REST_API);
        assertThat(result.stderr()).contains("test run stopped from REST API");
        assertThat(result.stdout()).contains("█ TOTAL RESULTS").containsPattern("http_reqs\\.+: [1-9]");
        assertThat(result.elapsed()).as("stops promptly, well before the timeout").isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aTakenAddressIsExitCode106NamingIt() throws IOException {
        Scripts.write(dir, "script.js", "export default function () {}\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String address = "127.0.0.1:" + taken.getLocalPort();
            var result = jk6(run, "-a", address, "script.js").in(dir).run();
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(CANNOT_START_REST_API);
            assertThat(result.stderr()).contains("Error from API server").contains("cannot listen on " + address);
        }
    }

    @Test
    void offWithoutAddressAsK6V2AndK6AddressTurnsItOn() throws Exception {
        Scripts.write(dir, "wait.js", """
                import { sleep } from 'k6';
                // a 1 s graceful stop: the stopped run's sleeping iteration is cut after it, not after 30 s
                export const options = { scenarios: { once: {
                  executor: 'shared-iterations', iterations: 1, gracefulStop: '1s' } } };
                export default function () { console.log('iterating'); sleep(__ENV.SLEEP); }
                """);
        boolean oldDefaultFree = isFree(6565);
        var off = jk6(run, "-e", "SLEEP=2", "wait.js").in(dir).start();
        off.awaitStderr("iterating");
        if (oldDefaultFree) {
            assertThat(isFree(6565)).as("k6 v1's default address localhost:6565 stays unbound").isTrue();
        }
        assertThat(off.await().exitCode()).isZero();

        int port = freePort();
        var on = jk6(run, "-e", "SLEEP=30", "wait.js").env("K6_ADDRESS", "127.0.0.1:" + port).in(dir).start();
        on.awaitStderr("iterating");
        assertThat(get("http://127.0.0.1:" + port + "/ping").body()).isEqualTo("ok");
        patch("http://127.0.0.1:" + port + "/v1/status", "{\"stopped\":true}");
        var result = on.await();
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(STOPPED_FROM_REST_API);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** Polls {@code url} until the body satisfies {@code condition} (jk6 starting, VUs changing). */
    private static String poll(String url, Predicate<String> condition, Jk6Run.Running running)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "(no answer yet)";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(url);
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && condition.test(response.body())) {
                    return response.body();
                }
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(100);
        }
        fail("%s never answered as expected; last: %s%n--- stderr ---%n%s", url, last, running.stderr());
        return null;
    }

    private static HttpResponse<String> get(String url) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String patch(String url, String attributes) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"data\":{\"type\":\"status\",\"id\":\"default\","
                            + "\"attributes\":" + attributes + "}}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("PATCH %s: %s", attributes, response.body()).isEqualTo(200);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
