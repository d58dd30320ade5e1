package io.jk6.output.csv;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.SampleBuffer;
import io.jk6.support.output.DroppedSamples;
import io.jk6.support.output.OutputFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * k6's {@code csv} output: one row per sample, the header first, buffered and written every
 * {@code saveInterval}; to a file ({@code .gz} gzipped) or to stdout. A write that fails is logged
 * once per flush and the test goes on, as in k6.
 */
final class CsvOutput implements Output {

    private final OutputParams params;
    private final CsvConfig config;
    private final CsvColumns columns;
    private final SampleBuffer buffer = new SampleBuffer();
    private final DroppedSamples drops = new DroppedSamples(
            "writing the file is slower than the test: raise K6_CSV_SAVE_INTERVAL or write to a faster disk");
    private CsvWriter writer;
    private OutputStream stream;
    private PeriodicFlusher flusher;

    CsvOutput(OutputParams params, CsvConfig config) {
        this.params = params;
        this.config = config;
        this.columns = CsvColumns.of(params.scriptOptions());
    }

    @Override
    public String description() {
        return config.toStdout() ? "csv (stdout)" : "csv (" + config.fileName() + ")";
    }

    @Override
    public void start() throws IOException {
        stream = OutputFile.open(config.fileName(), params.workingDirectory(), params.stdout());
        writer = new CsvWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024),
                columns, config.timeFormat(), ZoneId.systemDefault());
        writer.writeHeader();
        writer.flush();
        flusher = PeriodicFlusher.start(config.saveInterval(), this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        buffer.addMetricSamples(samples);
    }

    @Override
    public void stop() throws IOException {
        flusher.stop(); // writes the tail
        stream.close();
    }

    /** On the flusher's thread only. */
    private void flush() {
        drops.warnIfGrown(buffer.droppedSamples(), params.logger());
        List<SampleContainer> samples = buffer.getBufferedSamples();
        if (samples.isEmpty()) {
            return;
        }
        try {
            for (SampleContainer container : samples) {
                for (Sample sample : container.samples()) {
                    writer.write(sample);
                }
            }
            writer.flush();
        } catch (IOException e) {
            params.logger().log(System.Logger.Level.ERROR, "CSV: Error writing to file " + config.fileName() + ": "
                    + e.getMessage());
        }
    }
}
