package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ProbeModule;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.MetricSnapshot;
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

/** Whole test runs, outside OSGi, with a probe module instead of HTTP. */
class TestRunTest {

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

    private RunResult run(String script, OptionLayer cli) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        run = new TestRun(JS.engine(), ProbeModule.registryWith(probe), file, Map.of(), cli, log, new RunListener() {
        });
        return run.run();
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static double count(RunResult result, String metric) {
        return result.metrics().snapshot().find(metric).map(MetricSnapshot::sink)
                .map(s -> ((CounterSink) s).count()).orElse(0.0);
    }

    @Test
    void sharedIterationsRunExactlyTheIterationsAcrossVus() throws Exception {
        RunResult result = run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 3, iterations: 30 };
                export default function () { probe.hello('x'); }
                """, OptionLayer.empty());
        assertThat(result.completeIterations()).isEqualTo(30);
        assertThat(count(result, "iterations")).isEqualTo(30);
        assertThat(probe.calls).hasValue(30);
        assertThat(probe.instances).as("the options VU and 3 VUs import the module").hasValue(4);
        assertThat(probe.closed).as("every instance is closed at the end").hasValue(4);
    }

    @Test
    void setupDataReachesEveryVuAndTeardown() throws Exception {
        run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 2, iterations: 4 };
                export function setup() { return { greeting: 'from setup' }; }
                export default function (data) { probe.hello(data.greeting); }
                export function teardown(data) { console.log('teardown got', data.greeting); }
                """, OptionLayer.empty());
        assertThat(probe.calls).hasValue(4);
        assertThat(stderr()).contains("teardown got from setup");
    }

    @Test
    void anExceptionInDefaultIsLoggedWithItsLocationAndTheTestGoesOn() throws Exception {
        RunResult result = run("""
                export const options = { iterations: 4 };
                export default function () {
                  if (__ITER % 2 === 1) { throw new Error('odd iteration'); }
                }
                """, OptionLayer.empty());
        assertThat(result.completeIterations()).isEqualTo(4);
        assertThat(stderr()).contains("Error: odd iteration").contains("at default (script.js:3:");
    }

    @Test
    void vusRunOnVirtualThreadsWithTheirOwnIds() throws Exception {
        run("""
                import probe from 'k6/x/probe';
                export const options = { vus: 2, iterations: 6 };
                export default function () {
                  if (!probe.onVirtualThread()) throw new Error('not on a virtual thread');
                  if (probe.vuId() !== __VU || __VU < 1 || __VU > 2) throw new Error('bad VU id ' + __VU);
                }
                """, OptionLayer.empty());
        assertThat(stderr()).doesNotContain("Error");
    }

    @Test
    void rampingVusCountsOnlyTheVusThatLoop() throws Exception {
        RunResult result = run("""
                export const options = { stages: [
                  { duration: '500ms', target: 3 }, { duration: '2s', target: 3 },
                  { duration: '500ms', target: 0 }, { duration: '2s', target: 0 } ] };
                export default function () { }
                """, OptionLayer.empty());
        var vus = (io.jk6.engine.metrics.GaugeSink) result.metrics().snapshot().find("vus").orElseThrow().sink();
        // the gauge samples once a second: each plateau lasts 2 s so that some sample sees it
        assertThat(vus.max()).as("the peak of the ramp").isEqualTo(3);
        assertThat(vus.min()).as("VUs waiting above a target of 0 are not active").isZero();
    }

    @Test
    void commandLineOptionsWinOverTheScript() throws Exception {
        RunResult result = run("""
                export const options = { vus: 1, duration: '1m' };
                export default function () {}
                """, new OptionLayer(2, null, 5L, null, null, null, null));
        assertThat(result.plan().executor().type()).isEqualTo("shared-iterations");
        assertThat(result.completeIterations()).isEqualTo(5);
    }

    @Test
    void abortEndsARunningTestAndKeepsWhatWasMeasured() throws Exception {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                return;
            }
            run.abort();
        });
        long start = System.nanoTime();
        RunResult result = run("""
                export const options = { vus: 2, duration: '30s' };
                export default function () {}
                """, OptionLayer.empty());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.aborted()).isTrue();
        assertThat(result.completeIterations()).isPositive();
        assertThat(count(result, "iterations")).isEqualTo(result.completeIterations());
    }

    @Test
    void initErrorsAndBadOptionsStopBeforeAnyIteration() {
        assertThatThrownBy(() -> run("export const options = { vus: 'many' };\nexport default function () {}\n",
                OptionLayer.empty())).isInstanceOf(ConfigException.class).hasMessageContaining("options.vus");
        assertThatThrownBy(() -> run("export default function () {}\nthrow new Error('init failed');\n",
                OptionLayer.empty())).isInstanceOf(ScriptException.class).hasMessageContaining("init failed");
        assertThatThrownBy(() -> run("export const options = {thresholds: {http_req_duration: ['p(95)<<1']}};\n"
                + "export default function () {}\n", OptionLayer.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http_req_duration");
    }
}
