package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ProbeModule;
import io.jk6.engine.js.SharedJsEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ramping-vus}' {@code gracefulRampDown}, as k6 applies it: a VU the target drops below
 * may finish its iteration within it, and is interrupted after it.
 */
class RampingVusRampDownTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private RunResult run(String script) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        return new TestRun(JS.engine(), ProbeModule.registryWith(new ProbeModule()), file, Map.of(),
                OptionLayer.empty(), log, new RunListener() {
                }).run();
    }

    @Test
    void anIterationStillRunningWhenTheRampDownGraceEndsIsInterrupted() throws Exception {
        // Both VUs are ramped down at ~0.25 s; VU 1 waits in a blocking call, VU 2 spins in JS.
        long start = System.nanoTime();
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { scenarios: { r: { executor: 'ramping-vus', startVUs: 2,
                  gracefulRampDown: '300ms', gracefulStop: '30s',
                  stages: [{ duration: '200ms', target: 2 }, { duration: '100ms', target: 0 },
                           { duration: '1s', target: 0 }] } } };
                export default function () {
                  if (__VU === 1) { probe.pause(20000); return; }
                  const end = Date.now() + 20000;
                  while (Date.now() < end) {}
                }
                """);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not the 20 s iterations nor the 30 s graceful stop")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(result.interruptedIterations()).isEqualTo(2);
        assertThat(result.completeIterations()).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("Interrupted", "rror");
    }

    @Test
    void anIterationEndingWithinTheRampDownGraceCompletes() throws Exception {
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { scenarios: { r: { executor: 'ramping-vus', startVUs: 2,
                  gracefulRampDown: '3s',
                  stages: [{ duration: '200ms', target: 2 }, { duration: '100ms', target: 0 },
                           { duration: '1s', target: 0 }] } } };
                export default function () { probe.pause(800); }
                """);

        assertThat(result.interruptedIterations()).isZero();
        assertThat(result.completeIterations()).isEqualTo(2);
    }

    @Test
    void aVuInterruptedByARampDownLoopsAgainWhenTheTargetRises() throws Exception {
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { scenarios: { r: { executor: 'ramping-vus', startVUs: 1,
                  gracefulRampDown: '100ms',
                  stages: [{ duration: '200ms', target: 1 }, { duration: '100ms', target: 0 },
                           { duration: '500ms', target: 0 }, { duration: '100ms', target: 1 },
                           { duration: '800ms', target: 1 }] } } };
                export default function () { probe.pause(__ITER === 0 ? 20000 : 50); }
                """);

        assertThat(result.interruptedIterations()).as("the first, long iteration").isEqualTo(1);
        assertThat(result.completeIterations()).as("50 ms iterations for ~0.8 s after the ramp-up").isBetween(3L, 20L);
    }
}
