package io.jk6.engine.run;

import io.jk6.api.metrics.Sample;
import io.jk6.engine.js.ScriptFiles;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.output.OutputException;
import io.jk6.engine.output.PlannedVUs;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.output.RunTestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where a run's samples go: VUs hand their batches here, and the summary's {@link MetricsEngine}
 * and the {@code --out} outputs see the same ones. It also takes the outputs through the run:
 * created with the test's facts once the plan is known, started before {@code setup()} (whose
 * samples go to them too), stopped once every VU flushed its last samples. It exists apart from
 * {@link TestRun} so that a new destination of samples, or what the outputs are told of the test,
 * changes here and not in the scheduler.
 */
final class SampleSink implements Consumer<List<Sample>> {

    private final MetricsEngine metrics;
    private final RunOutputs outputs;

    SampleSink(MetricsEngine metrics, RunOutputs outputs) {
        this.metrics = metrics;
        this.outputs = outputs;
    }

    @Override
    public void accept(List<Sample> batch) {
        metrics.ingest(batch);
        outputs.push(batch);
    }

    /**
     * Creates the outputs with what k6's {@code output.Params} tells them of the test.
     *
     * @param stopTest an output's {@code WithTestRunStop} callback
     */
    void createOutputs(Path script, ScriptFiles files, PlannedRun planned, io.jk6.api.metrics.BuiltinMetrics builtin,
            Consumer<Throwable> stopTest) throws OutputException {
        Map<String, List<String>> thresholds = planned.options().thresholds();
        outputs.create(new RunOutputs.TestFacts(script.toAbsolutePath().normalize(), planned.scriptOptions(),
                thresholds == null ? Map.of() : thresholds, new RunTestFiles(files, script),
                PlannedVUs.of(planned.plan()), builtin), stopTest);
    }

    /** Starts the outputs: called before {@code setup()}, whose samples they get too. */
    void startOutputs() throws OutputException {
        outputs.start();
    }

    /** Stops the outputs, after every VU flushed its last samples: they get the whole run. */
    void stopOutputs(Throwable failure) {
        outputs.stop(failure);
    }
}
