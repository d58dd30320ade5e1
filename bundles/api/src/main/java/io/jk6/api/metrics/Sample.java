package io.jk6.api.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

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

    /** A sample taken now, to the nanosecond the system clock gives. */
    public static Sample of(Metric metric, TagSet tags, double value) {
        return at(metric, tags, Instant.now(), value);
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
