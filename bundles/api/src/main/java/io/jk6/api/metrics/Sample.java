package io.jk6.api.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One value of one metric at one time, with its tags. The time has nanosecond resolution, as
 * k6's: two requests ending in the same millisecond are two points in a time-series database,
 * not one overwriting the other.
 *
 * @param metric             the metric
 * @param tags               the sample's tags (system tags, the script's tags, the VU's tags)
 * @param timeMillis         wall-clock time of the measurement, epoch milliseconds
 * @param value              the value; milliseconds for {@link ValueType#TIME}, bytes for
 *                           {@link ValueType#DATA}, 0 or 1 (false or true) for a {@link MetricType#RATE}
 * @param nanosOfMillisecond the nanoseconds past {@code timeMillis}, 0 to 999,999 (since 1.1)
 */
public record Sample(Metric metric, TagSet tags, long timeMillis, double value, int nanosOfMillisecond)
        implements SampleContainer {

    private static final int NANOS_PER_MILLI = 1_000_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The last instant {@link #now()} gave, in epoch nanoseconds. */
    private static final AtomicLong LAST_NOW = new AtomicLong();

    public Sample {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(tags, "tags");
        if (nanosOfMillisecond < 0 || nanosOfMillisecond >= NANOS_PER_MILLI) {
            throw new IllegalArgumentException("nanosOfMillisecond must be 0 to 999999: " + nanosOfMillisecond);
        }
    }

    /** A sample at a whole millisecond. */
    public Sample(Metric metric, TagSet tags, long timeMillis, double value) {
        this(metric, tags, timeMillis, value, 0);
    }

    /** A sample taken now ({@link #now()}), to the nanosecond the system clock gives. */
    public static Sample of(Metric metric, TagSet tags, double value) {
        return at(metric, tags, now(), value);
    }

    /**
     * Now, as a sample's time: the system clock to the nanosecond, never the same instant twice in
     * this process (one nanosecond later than the last when the clock gives it again). Two VUs on
     * two cores do read the same nanosecond (208 of 800,000 reads by 4 threads on this project's
     * machine kind), and a store that keys points by series and time, as InfluxDB does, keeps only
     * one of two such samples. A module that times several samples alike takes one {@code now()}
     * for all of them.
     *
     * @since 1.3
     */
    public static Instant now() {
        Instant clock = Instant.now();
        long nanos = clock.getEpochSecond() * NANOS_PER_SECOND + clock.getNano();
        long last;
        long next;
        do {
            last = LAST_NOW.get();
            next = Math.max(nanos, last + 1);
        } while (!LAST_NOW.compareAndSet(last, next));
        return next == nanos ? clock : Instant.ofEpochSecond(0, next);
    }

    /**
     * A sample taken at {@code time}, to the nanosecond.
     *
     * @since 1.1
     */
    public static Sample at(Metric metric, TagSet tags, Instant time, double value) {
        long millis = time.toEpochMilli();
        return new Sample(metric, tags, millis, value, time.getNano() % NANOS_PER_MILLI);
    }

    /**
     * The time in epoch nanoseconds (good until the year 2262).
     *
     * @since 1.1
     */
    public long timeNanos() {
        return timeMillis * NANOS_PER_MILLI + nanosOfMillisecond;
    }

    /**
     * The time as an {@link Instant}.
     *
     * @since 1.1
     */
    public Instant time() {
        return Instant.ofEpochMilli(timeMillis).plusNanos(nanosOfMillisecond);
    }

    @Override
    public List<Sample> samples() {
        return List.of(this);
    }

    @Override
    public int sampleCount() {
        return 1;
    }
}
