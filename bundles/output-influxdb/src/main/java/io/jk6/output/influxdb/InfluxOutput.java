package io.jk6.output.influxdb;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.support.output.DroppedSamples;
import io.jk6.support.output.EncodedOnce;
import io.jk6.support.output.EncodedRows;
import io.jk6.support.output.Retry;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * k6's {@code influxdb} output (InfluxDB 1.x): creates the database at start, then every
 * {@code pushInterval} writes what was measured, at most {@code concurrentWrites} flushes in
 * flight. A write that fails is logged and the test goes on; {@link #stop()} waits for the writes
 * in flight, so the database holds the whole run.
 *
 * <p>Each sample is made a line of line protocol as it arrives; the lines wait in {@link
 * EncodedRows}, whose chunks are the write requests' bodies (some 6,000 points each: k6 sends one
 * request per flush, which for a busy test's second is a few hundred thousand points). Kept as
 * samples, a flush's points cost gigabytes of heap when InfluxDB was slower than the test.
 */
final class InfluxOutput implements Output {

    private final OutputParams params;
    private final InfluxConfig config;
    private final LineProtocol lines;
    private final InfluxClient client;
    /**
     * InfluxDB on the test's machine ingests slower than a busy test measures (in bench/outputs.sh
     * on 2 cores, 64 MiB of waiting lines overflowed within 20 s), so it gets a deeper buffer than
     * the file outputs: 256 MiB, about half of what k6's whole process took for the same run.
     */
    private final EncodedRows rows = new EncodedRows(EncodedRows.DEFAULT_CHUNK_BYTES, 256);
    /** On the dispatcher's thread, as are {@link #line} and {@link #notFinite}'s increments. */
    private final EncodedOnce<TagSet, LineProtocol.TagParts> tagParts;
    private final StringBuilder line = new StringBuilder(256);

    /** A write that fails for a moment (InfluxDB restarting, a 503) is tried twice more. */
    private final Retry retry = Retry.forOutputs();
    private final DroppedSamples drops = new DroppedSamples(
            "InfluxDB is slower than the test: raise K6_INFLUXDB_CONCURRENT_WRITES or K6_INFLUXDB_PUSH_INTERVAL");
    private final Semaphore writes;
    private final AtomicInteger notFinite = new AtomicInteger();
    private PeriodicFlusher flusher;

    InfluxOutput(OutputParams params, InfluxConfig config) {
        this.params = params;
        this.config = config;
        this.lines = new LineProtocol(config.tagsAsFields(), config.precision());
        this.tagParts = new EncodedOnce<>(10_000, lines::tagParts);
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
        rows.append(sink -> {
            for (SampleContainer container : samples) {
                for (Sample sample : container.samples()) {
                    if (Double.isNaN(sample.value()) || Double.isInfinite(sample.value())) {
                        notFinite.incrementAndGet();
                        continue;
                    }
                    line.setLength(0);
                    lines.append(line, tagParts.get(sample.tags()), sample);
                    sink.append(line);
                }
            }
        });
    }

    @Override
    public void stop() throws InterruptedException {
        flusher.stop(); // the last batch
        writes.acquire(config.concurrentWrites()); // every write in flight has ended
        writes.release(config.concurrentWrites());
        client.close();
        if (notFinite.get() > 0) {
            params.logger().log(Level.WARNING, notFinite.get() + " samples with a NaN or infinite value were not"
                    + " written: InfluxDB refuses them");
        }
    }

    /** On the flusher's thread: the flush is written on a thread of its own, as k6's goroutine. */
    private void flush() {
        drops.warnIfGrown(rows.droppedRows(), params.logger());
        List<EncodedRows.Chunk> chunks = rows.drain();
        if (chunks.isEmpty()) {
            return;
        }
        try {
            writes.acquire();
        } catch (InterruptedException e) {
            rows.recycle(chunks);
            Thread.currentThread().interrupt();
            return;
        }
        Thread.ofVirtual().name("influxdb-write").start(() -> {
            long start = System.nanoTime();
            try {
                for (EncodedRows.Chunk chunk : chunks) {
                    retry.run(() -> client.write(chunk.bytes(), chunk.length()));
                }
            } catch (IOException e) {
                String hint = describe(e).contains("unauthorized access") ? ", InfluxDB v2.x isn't supported by"
                        + " this output" : "";
                params.logger().log(Level.ERROR, "Couldn't write stats to " + config.addr() + hint + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                rows.recycle(chunks);
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
}
