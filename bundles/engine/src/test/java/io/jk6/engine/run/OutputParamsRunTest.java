package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.BuiltinMetrics;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.ValueType;
import io.jk6.api.output.ExecutionPlan.Step;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.RuntimeOptions;
import io.jk6.api.output.WithBuiltinMetrics;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptFiles;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.output.OutputRegistry;
import io.jk6.engine.output.RecordingOutput;
import io.jk6.engine.output.RunOutputs;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an output gets of a real run besides its samples, as k6's {@code output.Params} and
 * {@code WithBuiltinMetrics}: the test's files, the runtime options, the execution plan, its
 * {@code collectors} entry of the config file, the built-in metrics its samples carry.
 */
class OutputParamsRunTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final AtomicReference<OutputParams> params = new AtomicReference<>();
    private final CountingOutput output = new CountingOutput();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    /** Counts the samples of http_reqs and iterations by the metric's identity, never by name. */
    static final class CountingOutput extends RecordingOutput implements WithBuiltinMetrics {
        volatile BuiltinMetrics builtin;
        final AtomicInteger httpReqs = new AtomicInteger();
        final AtomicInteger iterations = new AtomicInteger();

        CountingOutput() {
            super("counting");
        }

        @Override
        public void setBuiltinMetrics(BuiltinMetrics metrics) {
            builtin = metrics;
            events.add("builtin");
        }

        @Override
        public void addMetricSamples(List<SampleContainer> containers) {
            for (SampleContainer c : containers) {
                for (Sample s : c.samples()) {
                    if (s.metric() == builtin.httpReqs()) {
                        httpReqs.incrementAndGet();
                    } else if (s.metric() == builtin.iterations()) {
                        iterations.incrementAndGet();
                    }
                }
            }
            super.addMetricSamples(containers);
        }
    }

    /** {@code k6/x/request}: pushes one {@code http_reqs} sample per call, through the registry as k6/http does. */
    static final class RequestModule implements JsModule {
        @Override
        public ModuleInstance newModuleInstance(VU vu) {
            Metric reqs = vu.metrics().newMetric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
            Metric other = vu.metrics().newMetric("my_reqs", MetricType.COUNTER, ValueType.DEFAULT);
            Exports exports = Exports.ofDefault(new Requests(vu, reqs, other));
            return () -> exports;
        }
    }

    public record Requests(VU vu, Metric reqs, Metric other) {
        public void request() {
            vu.push(Sample.of(reqs, vu.state().orElseThrow().tags(), 1));
            vu.push(Sample.of(other, vu.state().orElseThrow().tags(), 1));
        }
    }

    private RunResult run(ScriptFiles files, Path script, RunOutputs.RunEnvironment environment) throws Exception {
        OutputRegistry registry = new OutputRegistry();
        registry.add(new OutputRegistry.Registration("rec", p -> {
            params.set(p);
            return output;
        }, "test"));
        ModuleRegistry modules = new ModuleRegistry();
        modules.add(new ModuleRegistry.Registration("k6/x/request", new RequestModule(), 1, "test"));
        return new TestRun(JS.engine(), modules, script, files, Map.of(), OptionLayer.empty(), environment.log(),
                new RunListener() {
                }, RunOutputs.of(List.of("rec"), registry, environment)).run();
    }

    private RunOutputs.RunEnvironment environment(RuntimeOptions runtime, Map<String, String> configs) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new RunOutputs.RunEnvironment(Map.of(), quiet, quiet, dir, new RunLog(quiet, true), runtime, configs);
    }

    @Test
    void anOutputGetsTheFilesTheRuntimeOptionsThePlanAndItsConfig() throws Exception {
        Files.writeString(dir.resolve("lib.js"), "export const name = 'lib';\n");
        Files.writeString(dir.resolve("data.txt"), "payload");
        Files.writeString(dir.resolve("unrelated.txt"), "not the test's");
        Path script = dir.resolve("script.js");
        Files.writeString(script, """
                import { name } from './lib.js';
                const data = open('data.txt');
                export const options = { scenarios: {
                  a: { executor: 'constant-vus', vus: 2, duration: '300ms', gracefulStop: '100ms' },
                  b: { executor: 'constant-arrival-rate', rate: 10, timeUnit: '1s', duration: '1s',
                       preAllocatedVUs: 1, maxVUs: 4, startTime: '200ms', gracefulStop: '100ms' } } };
                export default function () { }
                """);
        RuntimeOptions runtime = new RuntimeOptions() {
            @Override
            public String compatibilityMode() {
                return "base";
            }
        };

        run(ScriptFiles.onDisk(JS.engine()), script, environment(runtime, Map.of("rec", "{\"db\": \"k6\"}",
                "other", "{}")));

        OutputParams p = params.get();
        assertThat(p.scriptPath()).isEqualTo(script);
        assertThat(p.jsonConfig()).contains("{\"db\": \"k6\"}");
        assertThat(p.runtimeOptions()).isSameAs(runtime);
        assertThat(p.files().loaded()).startsWith(script).contains(dir.resolve("lib.js"), dir.resolve("data.txt"));
        assertThat(p.files().read(Path.of("data.txt"))).asString(StandardCharsets.UTF_8).isEqualTo("payload");
        assertThat(p.files().read(Path.of("unrelated.txt"))).asString(StandardCharsets.UTF_8).isEqualTo("not the test's");
        assertThat(p.files().loaded()).as("reading is not loading").doesNotContain(dir.resolve("unrelated.txt"));
        assertThat(p.executionPlan().steps()).containsExactly(
                new Step(Duration.ZERO, 2, 0),
                new Step(Duration.ofMillis(200), 3, 3),
                new Step(Duration.ofMillis(400), 1, 3),
                new Step(Duration.ofMillis(1300), 0, 0));
        assertThat(p.executionPlan().maxVUs()).isEqualTo(6);
        assertThat(p.executionPlan().maxPlannedVUs()).isEqualTo(3);
        assertThat(p.executionPlan().duration()).isEqualTo(Duration.ofMillis(1300));
    }

    @Test
    void aTestRunFromAnArchiveShowsOnlyTheArchivesFiles() throws Exception {
        Path script = dir.resolve("archived/script.js");
        Files.writeString(dir.resolve("on-disk.txt"), "not in the archive");
        ScriptFiles archive = ScriptFiles.inMemory(JS.engine(), Map.of(
                script, "const d = open('d.txt'); export default function () { }".getBytes(StandardCharsets.UTF_8),
                dir.resolve("archived/d.txt"), "archived".getBytes(StandardCharsets.UTF_8)));

        run(archive, script, environment(new RuntimeOptions() {
        }, Map.of()));

        OutputParams p = params.get();
        assertThat(p.jsonConfig()).as("no collectors entry for this output").isEmpty();
        assertThat(p.files().loaded()).containsExactly(script, dir.resolve("archived/d.txt"));
        assertThat(p.files().read(Path.of("d.txt"))).asString(StandardCharsets.UTF_8).isEqualTo("archived");
        assertThatThrownBy(() -> p.files().read(dir.resolve("on-disk.txt"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anOutputTellsTheBuiltinMetricsSamplesByIdentity() throws Exception {
        Path script = dir.resolve("script.js");
        Files.writeString(script, """
                import req from 'k6/x/request';
                export const options = { vus: 2, iterations: 6 };
                export default function () { req.request(); req.request(); }
                """);

        RunResult result = run(ScriptFiles.onDisk(JS.engine()), script, environment(new RuntimeOptions() {
        }, Map.of()));

        assertThat(output.events).startsWith("thresholds", "builtin", "start");
        assertThat(output.builtin.metric("http_req_duration")).isPresent();
        assertThat(output.builtin.metric("my_reqs")).as("a custom metric is not built in").isEmpty();
        assertThat(output.builtin.metrics()).contains(output.builtin.vus(), output.builtin.checks());
        assertThat(output.httpReqs).hasValue(12);
        assertThat(output.iterations).hasValue(6);
        assertThat(result.metrics().metric("http_reqs")).containsSame(output.builtin.httpReqs());
    }
}
