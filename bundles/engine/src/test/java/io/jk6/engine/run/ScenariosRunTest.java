package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ProbeModule;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several scenarios in one run, and the externally-controlled executor driven while it runs. */
class ScenariosRunTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ProbeModule probe = new ProbeModule();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private TestRun newRun(String script) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        return new TestRun(JS.engine(), ProbeModule.registryWith(probe), file, Map.of("GLOBAL", "g"), OptionLayer.empty(),
                log, new RunListener() {
                });
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static void await(IntSupplier value, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (value.getAsInt() != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + expected + " but stayed at " + value.getAsInt());
            }
            Thread.sleep(10);
        }
    }

    @Test
    void eachScenarioRunsItsFunctionWithItsEnvAndTags() throws Exception {
        TestRun run = newRun("""
                import probe from 'k6/x/probe';
                export const options = {
                  scenarios: {
                    first: { executor: 'per-vu-iterations', vus: 2, iterations: 3, exec: 'first',
                             env: { WHO: 'one' }, tags: { kind: 'x' } },
                    later: { executor: 'shared-iterations', iterations: 2, startTime: '300ms' },
                  },
                  thresholds: {
                    'iterations{scenario:first}': ['count==6'],
                    'iterations{kind:x}': ['count==6'],
                    'iterations{scenario:later}': ['count==2'],
                  },
                };
                export function first() { console.log('first ' + __ENV.WHO + ' ' + __ENV.GLOBAL + ' in ' + probe.scenario()); }
                export default function () { console.log('default ' + __ENV.WHO + ' in ' + probe.scenario()); }
                """);
        RunResult result = run.run();
        assertThat(result.completeIterations()).isEqualTo(8);
        ThresholdsReport report = result.thresholds().report();
        assertThat(report.errors()).isEmpty();
        assertThat(report.passed()).as("per-scenario counts and the scenario's tags on its samples").isTrue();
        assertThat(stderr().split("first one g in first", -1)).hasSize(7);
        assertThat(stderr().split("default undefined in later", -1)).as("env is the scenario's own").hasSize(3);
        assertThat(result.plan().maxVUs()).isEqualTo(3);
    }

    @Test
    void aScenarioThatStartsWhenAnotherEndedRunsOnItsVUs() throws Exception {
        TestRun run = newRun("""
                import probe from 'k6/x/probe';
                export const options = {
                  scenarios: {
                    before: { executor: 'per-vu-iterations', vus: 3, iterations: 2, maxDuration: '1s', gracefulStop: '0s',
                              exec: 'before', env: { WHO: 'before' } },
                    after: { executor: 'per-vu-iterations', vus: 2, iterations: 1, startTime: '1s', exec: 'after' },
                  },
                };
                export function before() { console.log('before ' + __ENV.WHO + ' ' + __VU); }
                export function after() { console.log('after ' + __ENV.WHO + ' ' + __VU + ' ' + probe.scenario()); }
                """);
        RunResult result = run.run();
        assertThat(result.completeIterations()).isEqualTo(8);
        assertThat(result.metrics().snapshot().find("vus_max")
                .map(m -> ((io.jk6.engine.metrics.GaugeSink) m.sink()).max()).orElseThrow())
                .as("3 VUs initialized, not 5: after runs on VUs before gave back").isEqualTo(3.0);
        assertThat(stderr()).contains("after undefined ").as("the scenario's env goes with it")
                .doesNotContain("after before");
        java.util.regex.Matcher after = java.util.regex.Pattern.compile("after undefined (\\d+) after").matcher(stderr());
        while (after.find()) {
            assertThat(Integer.parseInt(after.group(1))).as("__VU of a VU initialized up front").isBetween(1, 3);
        }
    }

    @Test
    void aScenarioExecNamingNoExportIsAConfigError() throws Exception {
        TestRun run = newRun("""
                export const options = { scenarios: { s: { executor: 'shared-iterations', exec: 'missing' } } };
                export default function () {}
                """);
        assertThatThrownBy(run::run).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("scenarios.s.exec: the script exports no function \"missing\"");
        assertThat(probe.calls).hasValue(0);
    }

    @Test
    void externallyControlledVusChangeWhileTheTestRuns() throws Exception {
        TestRun run = newRun("""
                import probe from 'k6/x/probe';
                export const options = { scenarios: {
                  ext: { executor: 'externally-controlled', vus: 1, maxVUs: 4, duration: '20s', gracefulStop: '1s' } } };
                export default function () { probe.pause(10); }
                """);
        assertThatThrownBy(() -> run.setVUs(2)).as("before the plan is known").isInstanceOf(IllegalStateException.class);
        CompletableFuture<RunResult> result = CompletableFuture.supplyAsync(() -> {
            try {
                return run.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ExecutionState execution = run.execution();
        await(execution::activeVUs, 1);
        run.setVUs(4);
        await(execution::activeVUs, 4);
        run.setVUs(2);
        await(execution::activeVUs, 2);
        assertThatThrownBy(() -> run.setVUs(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxVUs (4)");
        assertThat(execution.initializedVUs()).as("maxVUs initialized up front").isEqualTo(4);
        run.abort();
        assertThat(result.get().completeIterations()).isPositive();
    }

    @Test
    void theEndOfTheGracefulStopInterruptsALongIterationWhichIsNotCounted() throws Exception {
        TestRun run = newRun("""
                import probe from 'k6/x/probe';
                export const options = { scenarios: {
                  s: { executor: 'constant-vus', vus: 2, duration: '1s', gracefulStop: '300ms' } } };
                export default function () { probe.pause(__VU === 1 ? 20000 : 50); }
                """);
        long start = System.nanoTime();
        RunResult result = run.run();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(result.interruptedIterations()).as("VU 1's only iteration").isEqualTo(1);
        assertThat(result.completeIterations()).as("VU 2's, 50 ms each for 1 s").isBetween(3L, 25L);
        var duration = (io.jk6.engine.metrics.TrendSink) result.metrics().snapshot().find("iteration_duration")
                .orElseThrow().sink();
        assertThat(duration.max()).as("the interrupted iteration has no sample").isLessThan(1000);
        assertThat(stderr()).doesNotContain("InterruptedException");
    }
}
