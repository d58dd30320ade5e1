package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A runner as k6-operator starts it (pkg/resources/jobs/runner.go): its exact command line, the
 * probes' {@code GET /v1/status}, the starter's and the stopper's {@code PATCH /v1/status} bodies
 * (pkg/resources/containers/curl_start.go, curl_stop.go), and the end of the run as the process's
 * exit code. The pods themselves run in image/test.sh.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OperatorRunnerTest {

    /** The starter's body, byte for byte (types.StatusAPIRequest marshalled by Go). */
    static final String STARTER = "{\"data\":{\"attributes\":{\"paused\":false,\"stopped\":false},\"id\":\"default\","
            + "\"type\":\"status\"}}";
    static final String STOPPER = "{\"data\":{\"attributes\":{\"paused\":false,\"stopped\":true},\"id\":\"default\","
            + "\"type\":\"status\"}}";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    private String api;

    @BeforeEach
    void script() throws IOException {
        // each VU's init context takes 300 ms: the API answers while they initialize
        Scripts.write(dir, "test.js", """
                import { sleep } from 'k6';
                const end = Date.now() + 300;
                while (Date.now() < end) { }
                export const options = { scenarios: { shared: { executor: 'shared-iterations', vus: 4, iterations: 40 } } };
                export default function () { sleep(0.01); }
                """);
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            api = "http://127.0.0.1:" + socket.getLocalPort() + "/v1/status";
        }
    }

    /** runner.go's command for runner 2 of 2 (the address on 127.0.0.1 here), with --summary-export as the user's args. */
    private List<String> runnerArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("--quiet", "--execution-segment=1/2:1",
                "--execution-segment-sequence=0,1/2,1", "--summary-export=summary.json", "test.js",
                "--address=" + URI.create(api).getAuthority(), "--paused", "--tag", "instance_id=2", "--tag",
                "testrun_name=k6-sample"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void answersFromBeforeItsVUsAreReadyWaitsPausedUntilTheStarterAndRunsItsHalf() throws Exception {
        var runner = jk6(run, runnerArgs().toArray(String[]::new)).in(dir).start();

        String first = poll(runner, body -> true);
        assertThat(first).as("the first answer comes before the VUs are initialized (status 0 or 1)")
                .containsPattern("\"status\":[01],");
        String paused = poll(runner, body -> body.contains("\"status\":4,"));
        assertThat(paused).as("paused before the start: k6's status 4 once the VUs are initialized").contains(
                "{\"status\":4,\"paused\":true,\"vus\":0,\"vus-max\":2,\"stopped\":false,\"running\":false");
        Thread.sleep(300);
        assertThat(get().body()).as("still waiting").contains("\"status\":4,");

        HttpResponse<String> started = patch(STARTER);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("\"paused\":false");
        var result = runner.await();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.at("/metrics/iterations/count").asInt()).as("runner 2's half of 40 iterations").isEqualTo(20);
    }

    @Test
    void lingersAfterTheTestAnsweringUntilASignal() throws Exception {
        var runner = jk6(run, runnerArgs("--linger").toArray(String[]::new)).in(dir).start();
        poll(runner, body -> body.contains("\"status\":4,"));
        patch(STARTER);

        String ended = poll(runner, body -> body.contains("\"status\":9,"));
        assertThat(ended).as("ended, lingering").contains("\"running\":false");
        Thread.sleep(300);
        assertThat(runner.isDone()).as("--linger keeps it running after the test").isFalse();
        assertThat(patch(STOPPER).body()).as("a stop changes nothing once the test is done").contains("\"status\":9,");

        runner.interrupt();
        var result = runner.await();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).as("the summary follows the signal").contains("iterations");
    }

    @Test
    void aRunnerNeverStartedEndsOnTheStoppersRequestWithK6sCode() throws Exception {
        var runner = jk6(run, runnerArgs().toArray(String[]::new)).in(dir).start();
        poll(runner, body -> body.contains("\"status\":4,"));

        HttpResponse<String> stopped = patch(STOPPER);
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).contains("\"stopped\":true");
        var result = runner.await();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(103);
        assertThat(result.stderr()).contains("test run stopped from REST API");
        var summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.at("/metrics/iterations/count").asInt()).isZero();
    }

    /** GET /v1/status every 20 ms until an answer matches (each answer within the probes' 1 s). */
    private String poll(Jk6Run.Running runner, Predicate<String> until) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (runner.isDone()) {
                throw new AssertionError("jk6 ended before the API answered as expected: " + runner.await());
            }
            try {
                HttpResponse<String> status = get();
                assertThat(status.statusCode()).isEqualTo(200);
                if (until.test(status.body())) {
                    return status.body();
                }
            } catch (java.net.ConnectException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching answer from " + api + " within 60 s; last: " + get().body());
    }

    private HttpResponse<String> get() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api)).timeout(Duration.ofSeconds(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> patch(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
