package io.jk6.engine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.api.output.OutputParams;
import io.jk6.engine.run.RunLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RunOutputsTest {

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    private final RunOutputs.RunEnvironment env = new RunOutputs.RunEnvironment(Map.of("A", "1"), System.out, err,
            Path.of("/work/dir"), new RunLog(err, false));
    private final OutputRegistry registry = new OutputRegistry();

    private void register(String name, io.jk6.api.output.OutputFactory factory) {
        registry.add(new OutputRegistry.Registration(name, factory, "test." + name));
    }

    @Test
    void anUnknownNameIsRefusedListingTheAvailableOutputs() {
        register("json", p -> new RecordingOutput("json"));
        register("csv", p -> new RecordingOutput("csv"));

        assertThatThrownBy(() -> RunOutputs.of(List.of("json=x.json", "nope"), registry, env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid output type 'nope', available types are: csv, json");
    }

    @Test
    void outputsGetTheirParamsThresholdsAndTheSamplesThenStop() throws Exception {
        AtomicReference<OutputParams> seen = new AtomicReference<>();
        RecordingOutput output = new RecordingOutput("r");
        register("rec", p -> {
            seen.set(p);
            return output;
        });
        RunOutputs outputs = RunOutputs.of(List.of("rec=a=b"), registry, env);
        Map<String, List<String>> thresholds = Map.of("http_req_duration", List.of("p(95)<500"));

        outputs.create(facts(Path.of("/work/dir/s.js"), Map.of("vus", 2), thresholds), e -> { });
        outputs.start();
        Metric m = new Metric("m", MetricType.COUNTER, ValueType.DEFAULT);
        outputs.push(List.of(new Sample(m, TagSet.empty(), 0, 7)));
        outputs.stop(null);

        assertThat(seen.get().outputType()).isEqualTo("rec");
        assertThat(seen.get().configArgument()).isEqualTo("a=b");
        assertThat(seen.get().environment()).containsEntry("A", "1");
        assertThat(seen.get().scriptOptions()).containsEntry("vus", 2);
        assertThat(seen.get().workingDirectory()).isEqualTo(Path.of("/work/dir"));
        assertThat(outputs.descriptions()).containsExactly("recording (r)");
        assertThat(output.thresholds).isEqualTo(thresholds);
        assertThat(output.events).containsExactly("thresholds", "start", "samples", "stop");
        assertThat(output.samples).extracting(Sample::value).containsExactly(7.0);
    }

    @Test
    void aFailingStartNamesTheOutputAndStopsTheOnesAlreadyStarted() throws Exception {
        RecordingOutput first = new RecordingOutput("first");
        register("first", p -> first);
        register("broken", p -> new RecordingOutput("broken") {
            @Override
            public void start() {
                throw new IllegalStateException("disk full");
            }
        });
        RunOutputs outputs = RunOutputs.of(List.of("first", "broken"), registry, env);
        outputs.create(facts(Path.of("s.js"), Map.of(), Map.of()), e -> { });

        assertThatThrownBy(outputs::start).isInstanceOf(OutputException.class)
                .hasMessage("could not start the output \"broken\" (recording (broken)): disk full");
        assertThat(first.events).containsExactly("thresholds", "start", "stop");
    }

    @Test
    void aFailingStopIsLoggedAndTheOtherOutputsStillStop() throws Exception {
        RecordingOutput other = new RecordingOutput("other");
        register("bad", p -> new RecordingOutput("bad") {
            @Override
            public void stop() {
                throw new IllegalStateException("cannot close");
            }
        });
        register("other", p -> other);
        RunOutputs outputs = RunOutputs.of(List.of("bad", "other"), registry, env);
        outputs.create(facts(Path.of("s.js"), Map.of(), Map.of()), e -> { });
        outputs.start();

        outputs.stop(null);

        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("output recording (bad) failed to stop: cannot close");
        assertThat(other.events).endsWith("stop");
    }

    /** A test with no files, plan or built-in metrics: these tests are about the outputs' life. */
    private static RunOutputs.TestFacts facts(Path script, Map<String, Object> options,
            Map<String, List<String>> thresholds) {
        return new RunOutputs.TestFacts(script, options, thresholds, null, List::of, null);
    }
}
