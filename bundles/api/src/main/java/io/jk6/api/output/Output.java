package io.jk6.api.output;

import io.jk6.api.metrics.SampleContainer;
import java.util.List;

/**
 * Receives the samples of one test run (k6's {@code output.Output}). The engine calls, in this
 * order: {@link #start()} before the first iteration, {@link #addMetricSamples} repeatedly while
 * the test runs, {@link #stop()} once every sample of the run (teardown's included) was handed
 * over.
 */
public interface Output {

    /** What the banner shows on its {@code output:} line, e.g. {@code json (results.json)}. */
    String description();

    /**
     * Opens files or connections and starts background flushing. An exception fails the test
     * run before it starts, with a message naming this output.
     */
    void start() throws Exception;

    /**
     * The latest samples, the same ones the end-of-test summary aggregates. Never called
     * concurrently for one output, and never before {@link #start()} or after {@link #stop()}.
     * It must not block: buffer the samples (e.g. in a {@link SampleBuffer}) and write them from
     * another thread (e.g. a {@link PeriodicFlusher}).
     *
     * @param samples unmodifiable; valid after the call returns
     */
    void addMetricSamples(List<SampleContainer> samples);

    /** Writes out whatever is buffered and releases resources. An exception is logged. */
    void stop() throws Exception;
}
