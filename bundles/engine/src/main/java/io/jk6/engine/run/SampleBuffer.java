package io.jk6.engine.run;

import io.jk6.api.metrics.Sample;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A VU's samples between two hand-overs to the run's sink: modules push into it as they measure,
 * and the VU hands the whole batch over once per iteration (and after {@code setup()} or
 * {@code teardown()}), one lock of the metrics per iteration instead of one per sample. Used from
 * the VU's own thread.
 */
final class SampleBuffer {

    private final Consumer<List<Sample>> sink;
    private List<Sample> samples = new ArrayList<>();

    SampleBuffer(Consumer<List<Sample>> sink) {
        this.sink = sink;
    }

    void add(Sample sample) {
        samples.add(sample);
    }

    void addAll(Collection<? extends Sample> more) {
        samples.addAll(more);
    }

    /** Hands the buffered samples to the sink, as one batch. */
    void flush() {
        if (!samples.isEmpty()) {
            List<Sample> full = samples;
            samples = new ArrayList<>(full.size());
            sink.accept(full);
        }
    }
}
