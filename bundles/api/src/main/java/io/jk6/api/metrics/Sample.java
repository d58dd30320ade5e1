package io.jk6.api.metrics;

import java.util.List;
import java.util.Objects;

/**
 * One value of one metric at one time, with its tags.
 *
 * @param metric     the metric
 * @param tags       the sample's tags (system tags, the script's tags, the VU's tags)
 * @param timeMillis wall-clock time of the measurement, epoch milliseconds
 * @param value      the value; milliseconds for {@link ValueType#TIME}, bytes for
 *                   {@link ValueType#DATA}, 0 or 1 (false or true) for a {@link MetricType#RATE}
 */
public record Sample(Metric metric, TagSet tags, long timeMillis, double value) implements SampleContainer {

    public Sample {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(tags, "tags");
    }

    /** A sample taken now. */
    public static Sample of(Metric metric, TagSet tags, double value) {
        return new Sample(metric, tags, System.currentTimeMillis(), value);
    }

    @Override
    public List<Sample> samples() {
        return List.of(this);
    }
}
