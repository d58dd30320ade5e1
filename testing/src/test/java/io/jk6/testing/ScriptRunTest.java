package io.jk6.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.ValueType;
import io.jk6.api.output.WithTestRunStop;
import io.jk6.api.output.WithThresholds;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script through the engine's whole test run: an output gets the run's samples, a module its real VUs. */
class ScriptRunTest {

    @TempDir
    Path dir;

    /** Pushes one sample of its own metric per call, as a module measuring something does. */
    public static final class Pusher implements JsModule {
        @Override
        public io.jk6.api.js.ModuleInstance newModuleInstance(VU vu) {
            return () -> io.jk6.api.js.Exports.ofDefault(new PerVu(vu));
        }

        public static final class PerVu {
            private final VU vu;

            PerVu(VU vu) {
                this.vu = vu;
            }

            public void push(double value) {
                var metric = vu.metrics().newMetric("pushed", MetricType.TREND, ValueType.DEFAULT);
                vu.push(Sample.of(metric, vu.state().orElseThrow().tags(), value));
            }
        }
    }

    @Test
    void theOutputGetsTheRunsSamplesBetweenStartAndStop() throws Exception {
        AtomicReference<TallyOutput> tally = new AtomicReference<>();
        RunRecord run = ScriptRun.of(dir, """
                        import pusher from 'k6/x/pusher';
                        export const options = { vus: 2, iterations: 6 };
                        export default function () { pusher.push(__ENV.TALLY.length); }
                        """)
                .module("k6/x/pusher", new Pusher())
                .env("TALLY", "abc")
                .output("tally=counted", params -> {
                    tally.set(new TallyOutput(params));
                    return tally.get();
                })
                .run();

        assertThat(run.completeIterations()).isEqualTo(6);
        assertThat(run.samples("iterations")).hasSize(6);
        assertThat(run.samples("pushed")).hasSize(6).allMatch(s -> s.value() == 3);
        assertThat(run.samples("pushed").getFirst().tags()).isEqualTo(TagSet.of("scenario", "default", "group", ""));
        assertThat(run.samples()).as("what the output received, in its order").isEqualTo(tally.get().received);
        assertThat(tally.get().events).containsExactly("start", "stop");
        assertThat(run.stdout()).isEqualTo("counted abc: " + run.samples().size() + " samples\n");
    }

    @Test
    void anErrorInTheInitContextFailsTheRunWithTheEnginesMessage() {
        assertThatThrownBy(ScriptRun.of(dir, "throw new Error('no config');\nexport default function () {}")::run)
                .hasMessageContaining("no config");
    }

    @Test
    void theLogHoldsTheScriptsErrorsAndTheRunGoesOn() throws Exception {
        RunRecord run = ScriptRun.of(dir, """
                export const options = { iterations: 2 };
                export default function () { console.warn('iteration', __ITER); throw new Error('broken'); }
                """).run();
        assertThat(run.log()).contains("WARN[0000] iteration 0").contains("iteration 1").contains("broken");
        assertThat(run.samples("iterations")).as("an iteration that threw still counts, as in k6").hasSize(2);
    }

    /** Stops the test once it has seen {@code limit} iterations, as an output judging thresholds itself would. */
    static final class StoppingOutput implements WithThresholds, WithTestRunStop {
        final int limit;
        Map<String, List<String>> thresholds;
        Consumer<Throwable> stop;
        int iterations;

        StoppingOutput(int limit) {
            this.limit = limit;
        }

        @Override
        public String description() {
            return "stopper";
        }

        @Override
        public void setThresholds(Map<String, List<String>> thresholds) {
            this.thresholds = thresholds;
        }

        @Override
        public void setTestRunStopCallback(Consumer<Throwable> stop) {
            this.stop = stop;
        }

        @Override
        public void start() {
        }

        @Override
        public void addMetricSamples(List<SampleContainer> containers) {
            for (SampleContainer c : containers) {
                for (Sample s : c.samples()) {
                    if (s.metric().name().equals("iterations") && ++iterations == limit) {
                        stop.accept(new IllegalStateException("seen " + limit + " iterations"));
                    }
                }
            }
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void anOutputGetsTheThresholdsAndItsStopCallbackEndsTheRunAsJk6RunWould() throws Exception {
        StoppingOutput stopper = new StoppingOutput(3);
        RunRecord run = ScriptRun.of(dir, """
                        export const options = { vus: 1, duration: '20s', thresholds: { iterations: ['count>0'] } };
                        export default function () { }
                        """)
                .output("stopper", params -> stopper)
                .run();

        assertThat(stopper.thresholds).isEqualTo(Map.of("iterations", List.of("count>0")));
        assertThat(run.exitCode()).as("k6's -1 for a test an output stopped").isEqualTo(255);
        assertThat(run.log()).contains("an output stopped the test: seen 3 iterations");
        assertThat(run.crossedThresholds()).isEmpty();
        assertThat(run.completeIterations()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void crossedThresholdsGiveTheirExitCode() throws Exception {
        RunRecord run = ScriptRun.of(dir, """
                export const options = { iterations: 2, thresholds: { iterations: ['count>5'], checks: [] } };
                export default function () {}
                """).run();
        assertThat(run.crossedThresholds()).containsExactly("iterations");
        assertThat(run.exitCode()).isEqualTo(99);

        assertThat(ScriptRun.of(dir, "export const options = { iterations: 2 };\nexport default function () {}")
                .run().exitCode()).isZero();
    }
}
