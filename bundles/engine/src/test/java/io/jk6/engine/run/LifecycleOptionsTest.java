package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.TestOptions;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setup/teardown switches and timeouts, minIterationDuration and handleSummary, through TestRun. */
class LifecycleOptionsTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private TestRun run;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    @AfterEach
    void close() {
        if (run != null) {
            run.close();
        }
    }

    private RunResult run(String script, TestOptions cli) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        run = new TestRun(JS.engine(), ProbeModule.registryWith(new ProbeModule()), file, Map.of(),
                OptionLayer.empty().withTest(cli), log, new RunListener() {
                });
        return run.run();
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static final String LIFECYCLE = """
            export const options = { iterations: 1 };
            export function setup() { console.log('setup ran'); return { n: 7 }; }
            export default function (d) { console.log('data ' + JSON.stringify(d)); }
            export function teardown() { console.log('teardown ran'); }
            """;

    @Test
    void noSetupAndNoTeardownSkipThemAndTheIterationGetsNoData() throws Exception {
        run(LIFECYCLE, new TestOptions(null, null, null, null, null, null, null, true, true));
        assertThat(stderr()).contains("data undefined").doesNotContain("setup ran").doesNotContain("teardown ran");
    }

    @Test
    void bothRunByDefault() throws Exception {
        run(LIFECYCLE, TestOptions.EMPTY);
        assertThat(stderr()).contains("setup ran").contains("data {\"n\":7}").contains("teardown ran");
    }

    @Test
    void aSetupLongerThanSetupTimeoutEndsTheTestWithK6sError() throws Exception {
        long start = System.nanoTime();
        RunResult result = run("""
                export const options = { iterations: 5, setupTimeout: '300ms' };
                export function setup() { while (true) { } }
                export default function () { console.log('iteration'); }
                """, TestOptions.EMPTY);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        RunOutcome outcome = run.outcome();
        assertThat(outcome).isInstanceOf(RunOutcome.TimedOut.class);
        assertThat(outcome.reason()).isEqualTo("setup() execution timed out after 0 seconds");
        assertThat(outcome.exitCode()).isEqualTo(100);
        assertThat(result.completeIterations()).isZero();
        assertThat(stderr()).doesNotContain("iteration");
    }

    @Test
    void aTeardownLongerThanTeardownTimeoutIsExit101() throws Exception {
        RunResult result = run("""
                export const options = { iterations: 1, teardownTimeout: '1s' };
                export default function () { }
                export function teardown() { while (true) { } }
                """, TestOptions.EMPTY);
        assertThat(result.completeIterations()).isEqualTo(1);
        RunOutcome outcome = run.outcome();
        assertThat(outcome.reason()).isEqualTo("teardown() execution timed out after 1 seconds");
        assertThat(outcome.hint()).contains("teardownTimeout");
        assertThat(outcome.exitCode()).isEqualTo(101);
    }

    @Test
    void minIterationDurationStretchesShortIterations() throws Exception {
        long start = System.nanoTime();
        RunResult result = run("""
                export const options = { iterations: 3, minIterationDuration: '300ms' };
                export default function () { }
                """, TestOptions.EMPTY);
        assertThat(result.completeIterations()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void handleSummaryGetsTheDataAndSetupDataAndReturnsStringsAndBuffers() throws Exception {
        run("""
                export const options = { iterations: 1 };
                export function setup() { return { token: 'abc' }; }
                export default function () { }
                export function handleSummary(data) {
                  return { stdout: 'runs ' + data.metrics.iterations.values.count + ' ' + data.setup_data.token,
                           'out.bin': new Uint8Array([1, 2, 255]).buffer };
                }
                """, TestOptions.EMPTY);
        assertThat(run.hasHandleSummary()).isTrue();
        Map<String, byte[]> out = run.handleSummary("{\"metrics\":{\"iterations\":{\"values\":{\"count\":1}}}}");
        assertThat(new String(out.get("stdout"), StandardCharsets.UTF_8)).isEqualTo("runs 1 abc");
        assertThat(out.get("out.bin")).containsExactly(1, 2, 255);
    }

    @Test
    void aHandleSummaryThatThrowsOrReturnsNothingIsReported() throws Exception {
        run("""
                export const options = { iterations: 1 };
                export default function () { }
                export function handleSummary(data) {
                  if (data.mode === 'throw') throw new Error('no summary today');
                  if (data.mode === 'bad') return { stdout: 42 };
                  return undefined;
                }
                """, TestOptions.EMPTY);
        assertThat(run.handleSummary("{\"mode\":\"nothing\"}")).as("k6 then prints the default summary").isNull();
        assertThatThrownBy(() -> run.handleSummary("{\"mode\":\"throw\"}")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("no summary today").hasMessageContaining("script.js:4");
        assertThatThrownBy(() -> run.handleSummary("{\"mode\":\"bad\"}")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("error handling summary object stdout");
    }
}
