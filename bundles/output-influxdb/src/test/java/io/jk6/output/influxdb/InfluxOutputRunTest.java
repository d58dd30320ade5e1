package io.jk6.output.influxdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.k6.K6Module;
import io.jk6.k6.metrics.MetricsModule;
import io.jk6.testing.MidRunStop;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real runs (VUs in the engine's runtime) with {@code --out influxdb} on a real InfluxDB. */
class InfluxOutputRunTest {

    @TempDir
    static Path dir;

    private static InfluxServer influx;

    @BeforeAll
    static void startInflux() throws Exception {
        influx = InfluxServer.start(dir);
    }

    @AfterAll
    static void stopInflux() throws Exception {
        influx.close();
    }

    @Test
    void theDatabaseHoldsWhatTheRunMeasured() throws Exception {
        RunRecord run = ScriptRun.of(dir, """
                import { Counter, Trend } from 'k6/metrics';
                const orders = new Counter('orders');
                const basket = new Trend('basket_size');
                export const options = { vus: 10, iterations: 400 };
                export default function () { orders.add(1, { shop: 'a b' }); basket.add(__ITER % 9); }
                """).module("k6/metrics", new MetricsModule())
                .output("influxdb=" + influx.url() + "/run?pushInterval=100ms", new InfluxOutputFactory())
                .run();

        assertThat(run.samples("orders")).hasSize(400);
        assertThat(influx.query("run", "SELECT count(\"value\") FROM \"orders\" WHERE \"shop\" = 'a b'")
                .path("values").path(0).path(1).asLong()).isEqualTo(400);
        assertThat(influx.query("run", "SELECT sum(\"value\") FROM \"basket_size\"").path("values").path(0).path(1)
                .asDouble()).isEqualTo(run.samples("basket_size").stream().mapToDouble(s -> s.value()).sum());
        assertThat(influx.query("run", "SELECT count(\"value\") FROM \"iterations\"").path("values").path(0).path(1)
                .asLong()).isEqualTo(run.completeIterations()).isEqualTo(400);
    }

    /**
     * InfluxDB killed while the test runs: the writes after it fail with one line each naming the
     * address, and the run ends as it would have, its summary holding every sample.
     */
    @Test
    void anInfluxDbThatDiesMidRunCostsLogLinesNotTheRun() throws Exception {
        Path own = Files.createDirectory(dir.resolve("dying"));
        InfluxServer dying = InfluxServer.start(own);
        MidRunStop.Result stopped = MidRunStop.during(ScriptRun.of(own, """
                import { sleep } from 'k6';
                export const options = { vus: 2, duration: '3s' };
                export default function () { sleep(0.05); }
                """).module("k6", new K6Module())
                .output("influxdb=" + dying.url() + "/run?pushInterval=100ms", new InfluxOutputFactory()),
                () -> dying.query("run", "SELECT count(\"value\") FROM \"iterations\"").path("values").path(0)
                        .path(1).asLong(), dying);
        RunRecord run = stopped.run();

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("Couldn't write stats to " + dying.url());
        assertThat(stopped.heldWhenStopped()).as("InfluxDB died mid-run").isPositive()
                .isLessThan(run.completeIterations());
        assertThat(run.samples("iterations")).as("the summary keeps every iteration")
                .hasSize((int) run.completeIterations());
    }
}
