package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ProbeModule;
import io.jk6.engine.js.ScriptException;
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

/** A script's {@code exec.test.abort()} and {@code exec.test.fail()}, through the probe module. */
class ScriptAbortAndFailTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ProbeModule probe = new ProbeModule();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private TestRun run;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private RunResult run(String script) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        run = new TestRun(JS.engine(), ProbeModule.registryWith(probe), file, Map.of(), OptionLayer.empty(), log,
                new RunListener() {
                });
        return run.run();
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void abortStopsALongRunAtOnceWithoutAGracefulStop() throws Exception {
        long start = System.nanoTime();
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 2, duration: '30s' };
                export default function () {
                  if (__VU === 2) { while (true) { } }
                  if (__ITER === 2) { probe.abortTest('enough'); probe.hello('after the abort'); }
                }
                """);

        // the other VU spins: only a hard stop ends it before the 30 s graceful stop
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.aborted()).isTrue();
        assertThat(run.execution().abortReason()).isEqualTo("test aborted: enough");
        assertThat(run.execution().abortMessage()).isEqualTo("test aborted: enough at default (script.js:5:23)");
        assertThat(probe.calls).as("the aborting iteration ends at once").hasValue(0);
        assertThat(result.completeIterations()).isEqualTo(2);
        assertThat(result.interruptedIterations()).isEqualTo(2);
        assertThat(stderr()).as("an abort is no script error").doesNotContain("TestAbortedException");
        assertThat(run.outcome()).isEqualTo(new RunOutcome.ScriptAborted("test aborted: enough at default (script.js:5:23)"));
        assertThat(run.outcome().exitCode()).isEqualTo(108);
    }

    @Test
    void abortInSetupEndsTheRunWithWhatWasMeasured() throws Exception {
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 1, iterations: 5 };
                export function setup() { probe.abortTest(null); }
                export default function () { probe.hello('iteration'); }
                """);

        assertThat(result.aborted()).isTrue();
        assertThat(run.execution().abortReason()).isEqualTo("test aborted");
        assertThat(probe.calls).hasValue(0);
    }

    @Test
    void abortInTheInitContextFailsTheRunWithTheReasonKept() {
        assertThatThrownBy(() -> run("""
                import probe from 'k6/x/probe';
                probe.abortTest('in init');
                export default function () { }
                """)).isInstanceOf(ScriptException.class);

        assertThat(run.execution().abortReason()).isEqualTo("test aborted: in init");
        assertThat(run.outcomeOf(new ScriptException("Error: test aborted: in init", false, null)))
                .as("the abort, not the error it travelled as").isEqualTo(new RunOutcome.ScriptAborted("test aborted: in init"));
    }

    @Test
    void failLetsTheTestRunToItsEnd() throws Exception {
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 1, iterations: 4 };
                export default function () { if (__ITER === 0) probe.failTest('bad data'); }
                """);

        assertThat(result.aborted()).isFalse();
        assertThat(result.completeIterations()).isEqualTo(4);
        assertThat(run.execution().failReason()).isEqualTo("test marked as failed: bad data");
        assertThat(run.outcome().exitCode()).isEqualTo(110);
    }

    @Test
    void vusKnowTheirExecutorAndScenarioWideIterationNumbers() throws Exception {
        run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 2, iterations: 6 };
                export default function () { probe.recordScenarioIteration(); }
                """);

        assertThat(probe.scenarioIterations).containsExactlyInAnyOrder("shared-iterations 0", "shared-iterations 1",
                "shared-iterations 2", "shared-iterations 3", "shared-iterations 4", "shared-iterations 5");
    }
}
