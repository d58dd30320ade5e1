package io.jk6.outputs.json;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.SampleBuffer;
import io.jk6.api.output.WithThresholds;
import io.jk6.support.output.DroppedSamples;
import io.jk6.support.output.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Writes every sample to a file in k6's JSON lines format ({@link JsonLines}), gzipped when the
 * name ends with {@code .gz}; to stdout for {@code json} or {@code json=-}. Samples are buffered
 * and written every {@value #FLUSH_MILLIS} ms (k6: 200 ms; the file is the same).
 */
final class JsonOutput implements WithThresholds {

    /**
     * Samples held longer than a young collection's interval (~100 ms in a busy 50-VU test) are
     * copied and promoted: at k6's 200 ms, a 15 s test peaked at 392-430 MiB and paused 1.0-1.1 s
     * for young collections; at 50 ms, 280-329 MiB and 0.8-1.0 s (3 alternating rounds).
     */
    static final long FLUSH_MILLIS = 50;

    private final OutputParams params;
    private final String fileName;
    private final SampleBuffer buffer = new SampleBuffer();
    private final DroppedSamples drops = new DroppedSamples(
            "writing the file is slower than the test: write to a faster disk, or gzip it (a .gz name)");
    private Map<String, List<String>> thresholds = Map.of();
    private JsonLines lines;
    private PeriodicFlusher flusher;

    JsonOutput(OutputParams params) {
        this.params = params;
        this.fileName = params.configArgument();
    }

    private boolean toStdout() {
        return OutputFile.isStdout(fileName);
    }

    @Override
    public String description() {
        return toStdout() ? "json(stdout)" : "json (" + fileName + ")";
    }

    @Override
    public void setThresholds(Map<String, List<String>> thresholds) {
        this.thresholds = Map.copyOf(thresholds);
    }

    @Override
    public void start() throws IOException {
        OutputStream out = OutputFile.open(fileName, params.workingDirectory(), params.stdout());
        lines = new JsonLines(out, ZoneId.systemDefault(), thresholds);
        flusher = PeriodicFlusher.start(Duration.ofMillis(FLUSH_MILLIS), this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        buffer.addMetricSamples(samples);
    }

    @Override
    public void stop() throws IOException {
        flusher.stop(); // writes the tail
        lines.close();
    }

    /** On the flusher's thread only. */
    private void flush() {
        drops.warnIfGrown(buffer.droppedSamples(), params.logger());
        List<SampleContainer> samples = buffer.getBufferedSamples();
        try {
            for (SampleContainer container : samples) {
                for (Sample sample : container.samples()) {
                    lines.write(sample);
                }
            }
            lines.flush();
        } catch (IOException e) {
            params.logger().log(System.Logger.Level.ERROR, "cannot write " + description() + ": " + e.getMessage());
        }
    }
}
