package io.jk6.testing;

import io.jk6.api.js.JsModule;
import io.jk6.api.output.OutputFactory;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.output.OutputRegistry;
import io.jk6.engine.output.OutputSpec;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.engine.run.RunResult;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole test run of a script, as {@code jk6 run --out ...} runs it: the engine's test run (init
 * context, options, VUs, executors, setup and teardown, the metrics pipeline) with the modules and
 * outputs a test gives, and no command line, banner or summary. For testing an output with the
 * samples a real run hands it, or a module across iterations and VUs.
 *
 * <pre>{@code
 * RunRecord run = ScriptRun.of(dir, "export default function () {}")
 *         .output("logger", new LoggerOutputFactory())
 *         .run();
 * assertThat(run.samples("iterations")).hasSize(1);
 * }</pre>
 */
public final class ScriptRun {

    private static final String PROVIDER = "jk6-testing";

    private final Path directory;
    private final String script;
    private final ModuleRegistry modules = new ModuleRegistry();
    private final Map<String, String> env = new LinkedHashMap<>();
    /** By {@code --out} flag, in the order given. */
    private final Map<String, OutputFactory> outputs = new LinkedHashMap<>();
    private long nextServiceId = 1;

    private ScriptRun(Path directory, String script) {
        this.directory = directory;
        this.script = script;
    }

    /**
     * @param directory the run's working directory, where the script is written as {@code script.js}
     *                  (its relative imports and {@code open()}s start there) and where outputs
     *                  resolve relative file names; a test's temporary directory
     * @param script    the test script, as {@code jk6 run} takes it ({@code options}, {@code default}...)
     */
    public static ScriptRun of(Path directory, String script) {
        return new ScriptRun(directory, script);
    }

    /** Serves {@code module} under {@code importName} ({@code import m from 'importName'}). */
    public ScriptRun module(String importName, JsModule module) {
        modules.add(new ModuleRegistry.Registration(importName, module, nextServiceId++, PROVIDER));
        return this;
    }

    /** Sets a variable of the run's environment: {@code __ENV} and the outputs' {@code environment()}. */
    public ScriptRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Attaches the output {@code factory} makes, as {@code --out flag} would.
     *
     * @param flag {@code NAME} or {@code NAME=argument}, as {@code --out} takes it
     */
    public ScriptRun output(String flag, OutputFactory factory) {
        outputs.put(flag, factory);
        return this;
    }

    /**
     * Runs the test to its end: outputs are created, started, fed and stopped as in {@code jk6 run}.
     *
     * @throws Exception what made {@code jk6 run} fail before or around the test, with its message:
     *                   an error in the init context, setup or teardown, invalid options, an output
     *                   that could not be created or started
     */
    public RunRecord run() throws Exception {
        Path file = directory.resolve("script.js");
        Files.writeString(file, script);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        RunLog log = new RunLog(err, true);
        SampleRecorder recorder = new SampleRecorder();
        OutputRegistry registry = new OutputRegistry();
        List<String> flags = new ArrayList<>();
        outputs.forEach((flag, factory) -> {
            registry.add(new OutputRegistry.Registration(OutputSpec.parse(flag).name(), factory, PROVIDER));
            flags.add(flag);
        });
        registry.add(new OutputRegistry.Registration(SampleRecorder.NAME, params -> recorder, PROVIDER));
        flags.add(SampleRecorder.NAME); // last: the test's outputs start first, as they would alone
        RunOutputs runOutputs = RunOutputs.of(flags, registry, new RunOutputs.RunEnvironment(env, out, err, directory, log));
        TestRun run = new TestRun(KitEngine.engine(), modules, file, env, OptionLayer.empty(), log, new RunListener() {
        }, runOutputs);
        try {
            RunResult result = run.run();
            // the run's own verdict, which jk6 run's summary and exit code show
            ThresholdsReport judged = result.thresholds().report();
            RunOutcome outcome = run.outcome();
            List<String> crossed = judged.metrics().stream().filter(m -> !m.passed())
                    .map(MetricThresholdResults::metricExpression).toList();
            return new RunRecord(recorder.samples(), result.completeIterations(),
                    stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8),
                    outcome.exitCode(), crossed);
        } finally {
            run.close();
        }
    }
}
