package io.jk6.cli.rest;

import static io.jk6.cli.rest.LiveTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.run.ExecutionStatus;
import io.jk6.engine.run.RunOutcome;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET/PATCH /v1/status} on a real running test: k6's document, VUs, pause and stop. */
class StatusRoutesTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    private static final String EXTERNALLY_CONTROLLED = """
            import probe from 'k6/x/probe';
            export const options = { scenarios: {
              ext: { executor: 'externally-controlled', vus: 1, maxVUs: 3, duration: '60s', gracefulStop: '1s' } } };
            export default function () { probe.pause(5); }
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    @Test
    void statusIsK6sDocumentAndPatchingVusChangesTheLoopingVUs() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, EXTERNALLY_CONTROLLED, run -> { })) {
            await("1 active VU", () -> test.run.execution().activeVUs() == 1);
            HttpResponse<String> status = test.get("/v1/status");
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(status.body()).isEqualTo("{\"data\":{\"type\":\"status\",\"id\":\"default\",\"attributes\":"
                    + "{\"status\":7,\"paused\":false,\"vus\":1,\"vus-max\":3,\"stopped\":false,\"running\":true,"
                    + "\"tainted\":false}}}");

            HttpResponse<String> patched = test.patchStatus("{\"vus\":3}");
            assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
            await("3 active VUs", () -> test.run.execution().activeVUs() == 3);
            assertThat(test.get("/v1/status").body()).contains("\"vus\":3,\"vus-max\":3");

            HttpResponse<String> tooMany = test.patchStatus("{\"vus\":4}");
            assertThat(tooMany.statusCode()).isEqualTo(400);
            assertThat(tooMany.body()).startsWith("{\"errors\":[{\"status\":\"400\",\"title\":\"Config update error\","
                    + "\"detail\":\"the number of VUs must be between 0 and maxVUs (3), got 4\"}]}");
            HttpResponse<String> maxVUs = test.patchStatus("{\"vus-max\":5}");
            assertThat(maxVUs.statusCode()).isEqualTo(400);
            assertThat(maxVUs.body()).contains("vus-max must stay 3");
            assertThat(test.patchStatus("{\"vus\":\"2\"}").body()).contains("\"title\":\"Invalid data\"")
                    .contains("data.attributes.vus: must be an integer or null, got \\\"2\\\"");
            assertThat(test.request("PATCH", "/v1/status", "{\"data\":").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void pausingStopsNewIterationsAndTheClockAndResumingGoesOn() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, EXTERNALLY_CONTROLLED, run -> { })) {
            await("iterations", () -> test.run.execution().completeIterations() > 5);
            assertThat(test.patchStatus("{\"paused\":true}").body()).contains("\"paused\":true");
            Thread.sleep(50); // the iteration running when paused ends
            long iterations = test.run.execution().completeIterations();
            long elapsed = test.run.execution().elapsedNanos();
            Thread.sleep(500);
            assertThat(test.run.execution().completeIterations()).as("no iteration starts while paused")
                    .isEqualTo(iterations);
            assertThat(test.run.execution().elapsedNanos() - elapsed).as("test time stands still while paused")
                    .isLessThan(100_000_000L);
            HttpResponse<String> again = test.patchStatus("{\"paused\":true}");
            assertThat(again.statusCode()).isEqualTo(500);
            assertThat(again.body()).contains("\"title\":\"Pause error\",\"detail\":\"test execution was already paused\"");

            assertThat(test.patchStatus("{\"paused\":false}").body()).contains("\"paused\":false");
            await("iterations after resuming", () -> test.run.execution().completeIterations() > iterations + 5);
        }
    }

    @Test
    void aStartedTestWithAnotherExecutorCannotBePausedAsInK6() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, """
                import probe from 'k6/x/probe';
                export const options = { vus: 1, duration: '60s' };
                export default function () { probe.pause(5); }
                """, run -> { })) {
            await("running", () -> test.run.execution().status() == ExecutionStatus.RUNNING);
            HttpResponse<String> pause = test.patchStatus("{\"paused\":true}");
            assertThat(pause.statusCode()).isEqualTo(500);
            assertThat(pause.body()).contains("\"detail\":\"constant-vus executor 'default' doesn't support pause and"
                    + " resume operations after its start\"");
            HttpResponse<String> vus = test.patchStatus("{\"vus\":2}");
            assertThat(vus.statusCode()).isEqualTo(500);
            assertThat(vus.body()).contains("\"title\":\"Execution config error\",\"detail\":\"an externally-controlled"
                    + " executor needs to be configured for live configuration updates\"");
        }
    }

    @Test
    void aTestStartedPausedWaitsAfterInitUntilResumed() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, """
                import probe from 'k6/x/probe';
                export const options = { vus: 2, iterations: 4 };
                export function setup() { console.log('setup ran'); }
                export default function () { probe.pause(1); }
                """, run -> run.setPaused(true))) {
            await("paused before the run", () -> test.run.execution().status() == ExecutionStatus.PAUSED_BEFORE_RUN);
            Thread.sleep(200);
            assertThat(test.get("/v1/status").body()).contains("{\"status\":4,\"paused\":true,\"vus\":0,\"vus-max\":2,"
                    + "\"stopped\":false,\"running\":false");
            assertThat(test.run.execution().completeIterations()).isZero();
            assertThat(test.stderr()).doesNotContain("setup ran");

            test.patchStatus("{\"paused\":false}");
            assertThat(test.awaitEnd().completeIterations()).isEqualTo(4);
            assertThat(test.get("/v1/status").body()).contains("\"status\":9,").contains("\"running\":false");
        }
    }

    /**
     * k6-operator's liveness and readiness probes are {@code GET /v1/status} with a 1 s timeout: the
     * API must answer while VUs running JavaScript keep every carrier thread of the virtual threads busy.
     */
    @Test
    void statusAnswersWithinASecondWhileBusyVUsTakeEveryCore() throws Exception {
        int vus = Runtime.getRuntime().availableProcessors() * 2 + 2;
        try (LiveTest test = new LiveTest(JS, dir, """
                export const options = { vus: %d, duration: '60s', gracefulStop: '0s' };
                export default function () { const end = Date.now() + 300; while (Date.now() < end) { } }
                """.formatted(vus), run -> { })) {
            await("every VU iterating", () -> test.run.execution().activeVUs() == vus);
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                HttpResponse<String> status = test.get("/v1/status");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(status.body()).contains("\"status\":7,");
                assertThat(millis).as("GET /v1/status with %d busy VUs", vus).isLessThan(1000);
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aTestMarkedAsFailedEndsWithK6sStatus11() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, """
                import probe from 'k6/x/probe';
                export const options = { vus: 1, iterations: 3 };
                export default function () { probe.pause(50); }
                """, run -> { })) {
            await("running", () -> test.run.execution().status() == ExecutionStatus.RUNNING);
            test.run.execution().markFailed("test marked as failed"); // what exec.test.fail() does
            test.awaitEnd();
            assertThat(test.get("/v1/status").body()).contains("{\"status\":11,").contains("\"running\":false");
            assertThat(test.patchStatus("{\"stopped\":true}").body()).as("over: a stop changes nothing")
                    .contains("\"status\":11,").contains("\"stopped\":false");
        }
    }

    @Test
    void stoppedEndsTheTestWithWhatItMeasuredAndMarksTheStopAsTheApis() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, EXTERNALLY_CONTROLLED, run -> { })) {
            await("iterations", () -> test.run.execution().completeIterations() > 3);
            HttpResponse<String> stop = test.patchStatus("{\"stopped\":true,\"vus\":100}");
            assertThat(stop.statusCode()).as("vus is ignored with stopped, as k6 does").isEqualTo(200);
            assertThat(stop.body()).contains("\"stopped\":true");
            var result = test.awaitEnd();
            assertThat(result.aborted()).isTrue();
            assertThat(result.completeIterations()).isGreaterThan(3);
            assertThat(test.run.outcome()).isEqualTo(new RunOutcome.StoppedFromRestApi());
            assertThat(test.run.execution().status()).isEqualTo(ExecutionStatus.INTERRUPTED);
        }
    }
}
