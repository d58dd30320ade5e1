package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.SharedJsEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code VU.cancellation()} in real runs: a module call that no interrupt wakes (as native code
 * or a database driver) ends when its iteration is interrupted, whatever interrupts it; an
 * iteration that ends on its own never fires its signal.
 */
class CancellationTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final BlockingModule block = new BlockingModule();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private RunResult run(String script) throws Exception {
        return run(script, run -> { });
    }

    /** @param started called with the run once it runs, on a thread of its own */
    private RunResult run(String script, Consumer<TestRun> started) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        TestRun[] run = new TestRun[1];
        run[0] = new TestRun(JS.engine(), BlockingModule.registryWith(block), file, Map.of(), OptionLayer.empty(), log,
                new RunListener() {
                    @Override
                    public void started(ExecutionState execution) {
                        Thread.ofVirtual().start(() -> started.accept(run[0]));
                    }
                });
        return run[0].run();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void theEndOfTheGracefulStopCancelsTheBlockedIteration() throws Exception {
        long start = System.nanoTime();
        RunResult result = run("""
                import block from 'k6/x/block';
                export const options = { scenarios: { s: { executor: 'constant-vus', vus: 1, duration: '300ms',
                  gracefulStop: '200ms' } } };
                export default function () { block.block(); }
                """);

        assertThat(since(start)).as("not the call's 20 s").isLessThan(Duration.ofSeconds(10));
        assertThat(block.cancelled).hasValue(1);
        assertThat(block.timedOut).hasValue(0);
        assertThat(result.interruptedIterations()).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).as("an interruption is no script error").doesNotContain("rror");
    }

    @Test
    void stoppingTheTestCancelsAfterItsGracefulStop() throws Exception {
        // Ctrl-C, the REST API and the shell stop a run this way
        long start = System.nanoTime();
        RunResult result = run("""
                import block from 'k6/x/block';
                export const options = { scenarios: { s: { executor: 'constant-vus', vus: 2, duration: '1h',
                  gracefulStop: '200ms' } } };
                export default function () { block.block(); }
                """, run -> {
                    sleep(300);
                    run.stop(new RunOutcome.Interrupted());
                });

        assertThat(since(start)).isLessThan(Duration.ofSeconds(10));
        assertThat(block.cancelled).hasValue(2);
        assertThat(result.interruptedIterations()).isEqualTo(2);
    }

    @Test
    void theScriptsAbortCancelsAtOnceWithoutTheGracefulStop() throws Exception {
        long start = System.nanoTime();
        RunResult result = run("""
                import block from 'k6/x/block';
                export const options = { scenarios: { s: { executor: 'constant-vus', vus: 2, duration: '1h',
                  gracefulStop: '1h' } } };
                export default function () {
                  if (__VU === 1) { block.block(); return; }
                  const end = Date.now() + 300;
                  while (Date.now() < end) {}
                  block.abort('enough');
                }
                """);

        assertThat(since(start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.aborted()).isTrue();
        assertThat(block.cancelled).hasValue(1);
    }

    @Test
    void theEndOfAGracefulRampDownCancelsTheIterationItEnds() throws Exception {
        long start = System.nanoTime();
        RunResult result = run("""
                import block from 'k6/x/block';
                export const options = { scenarios: { r: { executor: 'ramping-vus', startVUs: 1,
                  gracefulRampDown: '100ms', gracefulStop: '1h',
                  stages: [{ duration: '200ms', target: 1 }, { duration: '1ms', target: 0 },
                           { duration: '500ms', target: 0 }] } } };
                export default function () { block.block(); }
                """);

        assertThat(since(start)).isLessThan(Duration.ofSeconds(10));
        assertThat(block.cancelled).hasValue(1);
        assertThat(result.interruptedIterations()).isEqualTo(1);
    }

    @Test
    void setupRunningOutOfTimeCancelsIt() throws Exception {
        long start = System.nanoTime();
        run("""
                import block from 'k6/x/block';
                export const options = { setupTimeout: '300ms' };
                export function setup() { block.block(); }
                export default function () { }
                """);

        assertThat(since(start)).isLessThan(Duration.ofSeconds(10));
        assertThat(block.cancelled).hasValue(1);
    }

    @Test
    void iterationsThatEndOnTheirOwnNeverFireAndEachHasItsOwnSignal() throws Exception {
        RunResult result = run("""
                import block from 'k6/x/block';
                export const options = { vus: 1, iterations: 5 };
                export default function () {
                  if (!block.register()) throw new Error('born cancelled');
                }
                """);

        assertThat(result.completeIterations()).isEqualTo(5);
        assertThat(block.signals).hasSize(5);
        assertThat(block.signals).noneMatch(s -> s.isCancelled());
        assertThat(block.leftActionsRun).as("actions left registered on finished work").hasValue(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
