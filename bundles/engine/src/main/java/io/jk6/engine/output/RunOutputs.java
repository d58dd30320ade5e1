package io.jk6.engine.output;

import io.jk6.api.metrics.BuiltinMetrics;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.ExecutionPlan;
import io.jk6.api.output.Output;
import io.jk6.api.output.RuntimeOptions;
import io.jk6.api.output.TestFiles;
import io.jk6.api.output.WithBuiltinMetrics;
import io.jk6.api.output.WithStopWithTestError;
import io.jk6.api.output.WithTestRunStop;
import io.jk6.api.output.WithThresholds;
import io.jk6.engine.run.RunLog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The outputs of one test run ({@code --out} flags) through their life: {@link #create} once the
 * script's options are known, {@link #start} before the first iteration, {@link #push} from VUs
 * while the test runs, {@link #stop} once every sample was pushed.
 */
public final class RunOutputs {

    /**
     * What every output of the run shares, known before the test loads.
     *
     * @param runtimeOptions the flags around the test ({@code --no-thresholds}, the summary's...)
     * @param outputConfigs  the {@code --config} file's {@code collectors}: each output's entry as
     *                       raw JSON, by output name ({@code OutputParams.jsonConfig()})
     */
    public record RunEnvironment(Map<String, String> environment, PrintStream stdout, PrintStream stderr,
            Path workingDirectory, RunLog log, RuntimeOptions runtimeOptions, Map<String, String> outputConfigs) {

        public RunEnvironment {
            outputConfigs = Map.copyOf(outputConfigs);
        }

        /** No config file, k6's default runtime options with {@code environment} as {@code __ENV}. */
        public RunEnvironment(Map<String, String> environment, PrintStream stdout, PrintStream stderr,
                Path workingDirectory, RunLog log) {
            this(environment, stdout, stderr, workingDirectory, log, new RuntimeOptions() {
                @Override
                public Map<String, String> env() {
                    return environment;
                }
            }, Map.of());
        }
    }

    /**
     * What the test gives its outputs once its init context ran.
     *
     * @param script        the script, absolute
     * @param scriptOptions the script's {@code options} as written
     * @param thresholds    metric to threshold expressions, for {@code WithThresholds}
     * @param files         the test's files
     * @param plan          its VUs over time
     * @param builtin       its built-in metrics, for {@code WithBuiltinMetrics}
     */
    public record TestFacts(Path script, Map<String, Object> scriptOptions, Map<String, List<String>> thresholds,
            TestFiles files, ExecutionPlan plan, BuiltinMetrics builtin) {
    }

    private final List<Requested> requested;
    private final RunEnvironment run;
    private final List<Output> outputs = new ArrayList<>();
    private final List<Output> started = new ArrayList<>();
    private SampleDispatcher dispatcher;

    private record Requested(OutputSpec spec, OutputRegistry.Registration registration) {
    }

    private RunOutputs(List<Requested> requested, RunEnvironment run) {
        this.requested = requested;
        this.run = run;
    }

    /** No outputs: pushing does nothing. */
    public static RunOutputs none() {
        return new RunOutputs(List.of(), null);
    }

    /**
     * The outputs named by {@code --out} flags.
     *
     * @throws IllegalArgumentException naming the first unknown output and the available ones,
     *                                  in k6's words
     */
    public static RunOutputs of(List<String> flags, OutputRegistry registry, RunEnvironment run) {
        List<Requested> requested = new ArrayList<>();
        for (String flag : flags) {
            OutputSpec spec = OutputSpec.parse(flag);
            Optional<OutputRegistry.Registration> found = registry.find(spec.name());
            if (found.isEmpty()) {
                throw new IllegalArgumentException("invalid output type '" + spec.name() + "', available types are: "
                        + String.join(", ", registry.names()));
            }
            requested.add(new Requested(spec, found.get()));
        }
        return new RunOutputs(List.copyOf(requested), run);
    }

    /**
     * Creates every output and hands it the thresholds and the stop callback.
     *
     * @throws OutputException a factory failed; the message names the output
     */
    public void create(TestFacts test, Consumer<Throwable> stopTest) throws OutputException {
        for (Requested r : requested) {
            String name = r.spec().name();
            RunOutputParams params = new RunOutputParams(name, r.spec().argument(),
                    Optional.ofNullable(run.outputConfigs().get(name)), Map.copyOf(run.environment()), run.stdout(),
                    run.stderr(), test.script(), run.workingDirectory(), test.scriptOptions(),
                    new OutputLogger(name, run.log()), test.files(), run.runtimeOptions(), test.plan());
            Output output;
            try {
                output = r.registration().factory().create(params);
            } catch (Exception e) {
                throw new OutputException("could not create the '" + name + "' output: " + message(e), e); // k6's words
            }
            if (output == null) {
                throw new OutputException("could not create the '" + name + "' output: its factory "
                        + r.registration().provider() + " returned none", null);
            }
            if (output instanceof WithThresholds t) {
                t.setThresholds(test.thresholds());
            }
            if (output instanceof WithBuiltinMetrics b) {
                b.setBuiltinMetrics(test.builtin());
            }
            if (output instanceof WithTestRunStop s) {
                s.setTestRunStopCallback(stopTest);
            }
            outputs.add(output);
        }
    }

    /** What the banner's {@code output:} line shows, one per output. */
    public List<String> descriptions() {
        return outputs.stream().map(Output::description).toList();
    }

    /**
     * Starts every output, in flag order, then the dispatcher.
     *
     * @throws OutputException an output failed to start (the ones started before it are stopped)
     */
    public void start() throws OutputException {
        for (int i = 0; i < outputs.size(); i++) {
            Output output = outputs.get(i);
            try {
                output.start();
            } catch (Exception e) {
                OutputException failure = new OutputException("could not start the output \""
                        + requested.get(i).spec().name() + "\" (" + output.description() + "): " + message(e), e);
                stopStarted(failure);
                throw failure;
            }
            started.add(output);
        }
        if (!outputs.isEmpty()) {
            dispatcher = new SampleDispatcher(outputs, (output, e) -> run.log().error(
                    "output " + output.description() + " failed to take samples: " + message(e)));
            dispatcher.start();
        }
    }

    /** Hands a batch to the outputs (asynchronously). Thread-safe, never blocks. */
    public void push(List<? extends SampleContainer> batch) {
        SampleDispatcher d = dispatcher;
        if (d != null) {
            d.push(batch);
        }
    }

    /**
     * Delivers every pushed sample, then stops each started output; a failure is logged.
     *
     * @param error why the run failed, or null: outputs implementing {@link WithStopWithTestError}
     *              get it
     */
    public void stop(Throwable error) {
        if (dispatcher != null) {
            dispatcher.stop();
            if (dispatcher.dropped() > 0) {
                run.log().warn(dispatcher.dropped() + " samples were dropped before reaching the outputs: an output"
                        + " took too long to take them (" + String.join(", ", descriptions())
                        + "). The end-of-test summary counts every sample.");
            }
            dispatcher = null;
        }
        stopStarted(error);
    }

    private void stopStarted(Throwable error) {
        for (Output output : started) {
            try {
                if (error != null && output instanceof WithStopWithTestError w) {
                    w.stopWithTestError(error);
                } else {
                    output.stop();
                }
            } catch (Exception e) {
                run.log().error("output " + output.description() + " failed to stop: " + message(e));
            }
        }
        started.clear();
    }

    private static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
