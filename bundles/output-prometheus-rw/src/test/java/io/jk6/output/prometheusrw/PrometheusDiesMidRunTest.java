package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jk6.k6.K6Module;
import io.jk6.testing.MidRunStop;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus killed while the test runs, once it holds the run's first iterations: the pushes
 * after it fail with a logged line, and the run ends as it would have, its summary holding every sample.
 */
class PrometheusDiesMidRunTest {

    @TempDir
    Path dir;

    @Test
    void aPrometheusThatDiesMidRunCostsLogLinesNotTheRun() throws Exception {
        PrometheusServer dying = PrometheusServer.start(dir);
        MidRunStop.Result stopped = MidRunStop.during(ScriptRun.of(dir, """
                import { sleep } from 'k6';
                export const options = { vus: 2, duration: '3s' };
                export default function () { sleep(0.05); }
                """).module("k6", new K6Module())
                .env("K6_PROMETHEUS_RW_SERVER_URL", dying.writeUrl())
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .output("experimental-prometheus-rw", new PrometheusRwOutputFactory()), () -> {
                    JsonNode result = dying.query("sum(last_over_time(k6_iterations_total[1h]))",
                            System.currentTimeMillis());
                    return result.size() == 1 ? (long) result.path(0).path("value").path(1).asDouble() : 0L;
                }, dying);
        RunRecord run = stopped.run();

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("Failed to send the time series data to the endpoint: HTTP POST request failed");
        assertThat(stopped.heldWhenStopped()).as("Prometheus died mid-run").isPositive()
                .isLessThan(run.completeIterations());
        assertThat(run.samples("iterations")).as("the summary keeps every iteration")
                .hasSize((int) run.completeIterations());
    }
}
