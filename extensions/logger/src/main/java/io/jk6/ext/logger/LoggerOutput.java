package io.jk6.ext.logger;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.SampleBuffer;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prints each sample as one line, {@code 2026-11-26T09:15:30.123Z metric=http_reqs value=1
 * tags={method:GET, status:200}}. Samples are buffered and printed once a second (and at stop),
 * so {@link #addMetricSamples} never waits for the terminal.
 */
final class LoggerOutput implements Output {

    static final Duration FLUSH_PERIOD = Duration.ofSeconds(1);

    private final PrintStream out;
    private final SampleBuffer buffer = new SampleBuffer();
    private PeriodicFlusher flusher;

    LoggerOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public String description() {
        return "logger";
    }

    @Override
    public void start() {
        flusher = PeriodicFlusher.start(FLUSH_PERIOD, this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        buffer.addMetricSamples(samples);
    }

    @Override
    public void stop() {
        flusher.stop();
    }

    private void flush() {
        StringBuilder text = new StringBuilder();
        for (SampleContainer container : buffer.getBufferedSamples()) {
            for (Sample s : container.samples()) {
                text.append(line(s)).append('\n');
            }
        }
        if (!text.isEmpty()) {
            out.print(text); // one write per flush: lines of other writers do not cut into it
            out.flush();
        }
    }

    static String line(Sample s) {
        return s.time() + " metric=" + s.metric().name() + " value=" + s.value()
                + " tags=" + s.tags();
    }
}
