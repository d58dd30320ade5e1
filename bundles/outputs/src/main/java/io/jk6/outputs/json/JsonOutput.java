package io.jk6.outputs.json;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.WithThresholds;
import io.jk6.support.output.DroppedSamples;
import io.jk6.support.output.EncodedRows;
import io.jk6.support.output.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Writes every sample to a file in k6's JSON lines format ({@link JsonLines}), gzipped when the
 * name ends with {@code .gz}; to stdout for {@code json} or {@code json=-}. Each sample is made a
 * line as it arrives; the lines wait in {@link EncodedRows} and are written every
 * {@value #FLUSH_MILLIS} ms (k6: 200 ms; the file is the same).
 */
final class JsonOutput implements WithThresholds {

    /** As k6: lines reach the file within this. */
    static final long FLUSH_MILLIS = 200;

    private final OutputParams params;
    private final String fileName;
    private final EncodedRows rows = new EncodedRows();
    private final DroppedSamples drops = new DroppedSamples(
            "writing the file is slower than the test: write to a faster disk, or gzip it (a .gz name)");
    private Map<String, List<String>> thresholds = Map.of();
    private JsonLines lines;
    private OutputStream stream;
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
        stream = OutputFile.open(fileName, params.workingDirectory(), params.stdout());
        lines = new JsonLines(ZoneId.systemDefault(), thresholds);
        flusher = PeriodicFlusher.start(Duration.ofMillis(FLUSH_MILLIS), this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        rows.append(sink -> {
            for (SampleContainer container : samples) {
                for (Sample sample : container.samples()) {
                    if (!sink.append(lines.row(sample))) {
                        lines.rowDropped();
                    }
                }
            }
        });
    }

    @Override
    public void stop() throws IOException {
        flusher.stop(); // writes the tail
        stream.close();
    }

    /** On the flusher's thread only. */
    private void flush() {
        drops.warnIfGrown(rows.droppedRows(), params.logger());
        try {
            rows.writeTo(stream);
        } catch (IOException e) {
            params.logger().log(System.Logger.Level.ERROR, "cannot write " + description() + ": " + e.getMessage());
        }
    }
}
