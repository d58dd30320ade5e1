package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.WithTestRunStop;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ProbeModule;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.output.OutputRegistry;
import io.jk6.engine.output.RecordingOutput;
import io.jk6.engine.output.RunOutputs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run with an output: it sees the samples the summary aggregates, between start and stop. */
class TestRunOutputsTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    @Test
    void theOutputGetsTheSamplesTheSummaryCountsBetweenStartAndStop() throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, """
                import probe from 'k6/x/probe';
                export const options = { vus: 2, iterations: 20, thresholds: { iterations: ['count>0'] } };
                export default function () { probe.hello('x'); }
                """);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        RunLog log = new RunLog(err, true);
        RecordingOutput output = new RecordingOutput("run");
        OutputRegistry registry = new OutputRegistry();
        registry.add(new OutputRegistry.Registration("rec", params -> output, "test"));
        RunOutputs outputs = RunOutputs.of(List.of("rec"), registry,
                new RunOutputs.RunEnvironment(Map.of(), System.out, err, dir, log));

        RunResult result = new TestRun(JS.engine(), ProbeModule.registryWith(new ProbeModule()), file, Map.of(),
                OptionLayer.empty(), log, new RunListener() {
                }, outputs).run();

        double iterations = result.metrics().snapshot().find("iterations").map(MetricSnapshot::sink)
                .map(s -> ((CounterSink) s).count()).orElseThrow();
        assertThat(iterations).isEqualTo(20);
        assertThat(output.of("iterations")).hasSize(20);
        assertThat(output.of("iteration_duration")).hasSize(20);
        assertThat(output.of("vus_max")).as("the vus gauge's samples reach outputs too").isNotEmpty();
        assertThat(output.thresholds).containsEntry("iterations", List.of("count>0"));
        assertThat(output.events).containsExactly("thresholds", "start", "samples", "stop");
        assertThat(output.concurrentCall).isFalse();
    }

    @Test
    void anOutputThatStopsTheTestEndsItEarlyWithAnOutcomeThatFailsTheRun() throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, """
                export const options = { vus: 2, duration: '30s' };
                export default function () { }
                """);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        RunLog log = new RunLog(err, true);
        OutputRegistry registry = new OutputRegistry();
        registry.add(new OutputRegistry.Registration("stopper", params -> new StoppingOutput(), "test"));
        RunOutputs outputs = RunOutputs.of(List.of("stopper"), registry,
                new RunOutputs.RunEnvironment(Map.of(), System.out, err, dir, log));
        TestRun run = new TestRun(JS.engine(), ProbeModule.registryWith(new ProbeModule()), file, Map.of(),
                OptionLayer.empty(), log, new RunListener() {
                }, outputs);
        long start = System.nanoTime();

        RunResult result = run.run();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped, not 30 s").isLessThan(Duration.ofSeconds(20));
        RunOutcome outcome = run.outcome();
        assertThat(outcome).isEqualTo(new RunOutcome.StoppedByOutput("an output stopped the test: disk full"));
        assertThat(outcome.exitCode()).as("k6's -1").isEqualTo(255);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("an output stopped the test: disk full");
    }

    /** Stops the test once it has seen an iteration, as an output whose backend is gone would. */
    private static final class StoppingOutput implements WithTestRunStop {
        private Consumer<Throwable> stop;

        public void setTestRunStopCallback(Consumer<Throwable> stop) {
            this.stop = stop;
        }

        public String description() {
            return "stopper";
        }

        public void start() {
        }

        public void addMetricSamples(List<SampleContainer> samples) {
            if (samples.stream().flatMap(c -> c.samples().stream()).anyMatch(s -> s.metric().name().equals("iterations"))) {
                stop.accept(new IllegalStateException("disk full"));
            }
        }

        public void stop() {
        }
    }
}
