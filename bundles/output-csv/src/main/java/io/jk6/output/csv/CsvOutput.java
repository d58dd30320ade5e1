package io.jk6.output.csv;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.support.output.DroppedSamples;
import io.jk6.support.output.EncodedRows;
import io.jk6.support.output.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * k6's {@code csv} output: one row per sample, the header first, written every {@code saveInterval};
 * to a file ({@code .gz} gzipped) or to stdout. Each sample is made a row as it arrives and the
 * rows wait for the write ({@link EncodedRows}). A write that fails is logged once per flush and
 * the test goes on, as in k6.
 */
final class CsvOutput implements Output {

    private final OutputParams params;
    private final CsvConfig config;
    private final CsvRows csv;
    private final EncodedRows rows = new EncodedRows();
    private final DroppedSamples drops = new DroppedSamples(
            "writing the file is slower than the test: write to a faster disk");
    private OutputStream stream;
    private PeriodicFlusher flusher;

    CsvOutput(OutputParams params, CsvConfig config) {
        this.params = params;
        this.config = config;
        this.csv = new CsvRows(CsvColumns.of(params.scriptOptions()), config.timeFormat(), ZoneId.systemDefault());
    }

    @Override
    public String description() {
        return config.toStdout() ? "csv (stdout)" : "csv (" + config.fileName() + ")";
    }

    @Override
    public void start() throws IOException {
        stream = OutputFile.open(config.fileName(), params.workingDirectory(), params.stdout());
        stream.write(csv.header().toString().getBytes(StandardCharsets.UTF_8));
        stream.flush();
        flusher = PeriodicFlusher.start(config.saveInterval(), this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        rows.append(sink -> {
            for (SampleContainer container : samples) {
                for (Sample sample : container.samples()) {
                    sink.append(csv.row(sample));
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
            params.logger().log(System.Logger.Level.ERROR, "CSV: Error writing to file " + config.fileName() + ": "
                    + e.getMessage());
        }
    }
}
