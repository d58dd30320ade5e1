package ${package};

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.SampleBuffer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the run's samples by metric and prints the counts when the run ends:
 * {@code ${name}: 14 samples: iteration_duration=4 iterations=4 vus=2 ...}. A real output sends each
 * flush to its backend instead.
 */
final class ${className}Output implements Output {

    static final Duration FLUSH_PERIOD = Duration.ofSeconds(1);

    private final PrintStream out;
    /** addMetricSamples must not block: samples wait here for the flusher's thread. */
    private final SampleBuffer buffer = new SampleBuffer();
    private final Map<String, Long> counts = new TreeMap<>();
    private long total;
    private PeriodicFlusher flusher;

    ${className}Output(PrintStream out) {
        this.out = out;
    }

    /** Shown on the banner's {@code output:} line. */
    @Override
    public String description() {
        return "${name}";
    }

    /** Before {@code setup()}. */
    @Override
    public void start() {
        flusher = PeriodicFlusher.start(FLUSH_PERIOD, this::flush);
    }

    /** From one thread of the engine, every 50 ms while the test runs. */
    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        buffer.addMetricSamples(samples);
    }

    /** After {@code teardown()}, once every sample was handed over: the flusher flushes what is left. */
    @Override
    public void stop() {
        flusher.stop();
        StringBuilder line = new StringBuilder("${name}: " + total + " samples:");
        counts.forEach((metric, count) -> line.append(' ').append(metric).append('=').append(count));
        out.println(line);
        if (buffer.droppedSamples() > 0) {
            out.println("${name}: " + buffer.droppedSamples() + " samples dropped (the flushes were too slow)");
        }
    }

    private void flush() {
        for (SampleContainer container : buffer.getBufferedSamples()) {
            for (Sample sample : container.samples()) {
                counts.merge(sample.metric().name(), 1L, Long::sum);
                total++;
            }
        }
    }
}
