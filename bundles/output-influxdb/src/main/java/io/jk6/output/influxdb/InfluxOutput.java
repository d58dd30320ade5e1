package io.jk6.output.influxdb;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.SampleBuffer;
import io.jk6.support.output.DroppedSamples;
import io.jk6.support.output.EncodedOnce;
import io.jk6.support.output.Retry;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * k6's {@code influxdb} output (InfluxDB 1.x): creates the database at start, then every
 * {@code pushInterval} writes what was measured as one line-protocol batch, at most
 * {@code concurrentWrites} batches in flight. A write that fails is logged and the test goes on;
 * {@link #stop()} waits for the writes in flight, so the database holds the whole run.
 */
final class InfluxOutput implements Output {

    private final OutputParams params;
    private final InfluxConfig config;
    private final LineProtocol lines;
    private final InfluxClient client;
    private final SampleBuffer buffer = new SampleBuffer();
    /** The most points in one write request (see {@link #writeInParts}). */
    static final int POINTS_PER_REQUEST = 20_000;

    /** A write that fails for a moment (InfluxDB restarting, a 503) is tried twice more. */
    private final Retry retry = Retry.forOutputs();
    private final DroppedSamples drops = new DroppedSamples(
            "InfluxDB is slower than the test: raise K6_INFLUXDB_CONCURRENT_WRITES or K6_INFLUXDB_PUSH_INTERVAL");
    private final Semaphore writes;
    private final AtomicInteger dropped = new AtomicInteger();
    private PeriodicFlusher flusher;

    InfluxOutput(OutputParams params, InfluxConfig config) {
        this.params = params;
        this.config = config;
        this.lines = new LineProtocol(config.tagsAsFields(), config.precision());
        this.client = new InfluxClient(config);
        this.writes = new Semaphore(config.concurrentWrites());
    }

    @Override
    public String description() {
        return "InfluxDBv1 (" + config.addr() + ")";
    }

    @Override
    public void start() {
        try {
            client.createDatabase();
        } catch (IOException e) {
            // usually harmless, as k6 says: a user who may not create it, on an existing database
            params.logger().log(Level.DEBUG, "Couldn't create database; most likely harmless: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flusher = PeriodicFlusher.start(config.pushInterval(), this::flush);
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        buffer.addMetricSamples(samples);
    }

    @Override
    public void stop() throws InterruptedException {
        flusher.stop(); // the last batch
        writes.acquire(config.concurrentWrites()); // every write in flight has ended
        writes.release(config.concurrentWrites());
        client.close();
        if (dropped.get() > 0) {
            params.logger().log(Level.WARNING, dropped.get() + " samples with a NaN or infinite value were not"
                    + " written: InfluxDB refuses them");
        }
    }

    /** On the flusher's thread: the batch is written on a thread of its own, as k6's goroutine. */
    private void flush() {
        drops.warnIfGrown(buffer.droppedSamples(), params.logger());
        List<SampleContainer> samples = buffer.getBufferedSamples();
        if (samples.isEmpty()) {
            return;
        }
        try {
            writes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Thread.ofVirtual().name("influxdb-write").start(() -> {
            long start = System.nanoTime();
            try {
                writeInParts(samples);
            } catch (IOException e) {
                String hint = describe(e).contains("unauthorized access") ? ", InfluxDB v2.x isn't supported by"
                        + " this output" : "";
                params.logger().log(Level.ERROR, "Couldn't write stats to " + config.addr() + hint + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                writes.release();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(config.pushInterval()) > 0) {
                params.logger().log(Level.WARNING, "The flush operation took higher than the expected set push"
                        + " interval (" + took.toMillis() + "ms). If you see this message multiple times then the"
                        + " setup or configuration need to be adjusted to achieve a sustainable rate.");
            }
        });
    }

    /** The error's text; its kind when it has none (a refused connection). */
    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Writes a flush's samples in requests of at most {@value #POINTS_PER_REQUEST} points, each
     * made just before it is sent: a busy test's second is a few hundred thousand points, and as
     * one text (times the writes in flight, times its bytes for the request) it took gigabytes of
     * heap when InfluxDB was slower than the test. k6 sends one request per flush.
     */
    private void writeInParts(List<SampleContainer> samples) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder(POINTS_PER_REQUEST * 160);
        // one per flush: the flushes' writes may run side by side (K6_INFLUXDB_CONCURRENT_WRITES)
        EncodedOnce<TagSet, LineProtocol.TagParts> tagParts = new EncodedOnce<>(10_000, lines::tagParts);
        int points = 0;
        for (SampleContainer container : samples) {
            for (Sample sample : container.samples()) {
                if (Double.isNaN(sample.value()) || Double.isInfinite(sample.value())) {
                    dropped.incrementAndGet();
                    continue;
                }
                lines.append(out, tagParts.get(sample.tags()), sample);
                if (++points == POINTS_PER_REQUEST) {
                    write(out);
                    points = 0;
                }
            }
        }
        if (points > 0) {
            write(out);
        }
    }

    private void write(StringBuilder points) throws IOException, InterruptedException {
        String text = points.toString();
        points.setLength(0);
        retry.run(() -> client.write(text));
    }
}
