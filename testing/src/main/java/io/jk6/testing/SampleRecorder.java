package io.jk6.testing;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * An output the kit attaches to every {@link ScriptRun} after the test's own: the engine's
 * dispatcher hands each output the same batches in the same order, so what this one records is
 * what the test's output received.
 */
final class SampleRecorder implements Output {

    /** Its {@code --out} name: one no output of a test would take. */
    static final String NAME = "jk6-testing-samples";

    private final List<Sample> samples = new ArrayList<>();

    @Override
    public String description() {
        return NAME;
    }

    @Override
    public void start() {
    }

    /** Called from the dispatcher's one thread; read once the run is over. */
    @Override
    public synchronized void addMetricSamples(List<SampleContainer> containers) {
        for (SampleContainer container : containers) {
            samples.addAll(container.samples());
        }
    }

    @Override
    public void stop() {
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }
}
