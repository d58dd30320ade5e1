package io.jk6.output.opentelemetry;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.support.output.EncodedOnce;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.HashMap;
import java.util.Map;

/**
 * Records k6 samples on OpenTelemetry instruments, k6's mapping (its {@code registry.go} and
 * {@code dispatch}): a counter adds to a double counter, a gauge records on a double gauge, a trend
 * on a double histogram, and a rate adds 1 to the long counter {@code <name>.total} with the
 * attribute {@code condition} = {@code zero} or {@code nonzero}, so a backend computes the rate as
 * nonzero / all. Names get the metric prefix; units are {@code ms} for times, {@code By} for data.
 * The flusher's thread only.
 */
final class SampleRecorder {

    static final String RATE_SUFFIX = ".total";
    static final String CONDITION = "condition";

    private final Meter meter;
    private final String prefix;
    /** One instrument per metric: the SDK would hand back the same one, this skips its lookup. */
    private final Map<Metric, Object> instruments = new HashMap<>();
    /** Samples of one request share one tag set: converted once (unique URLs by the thousand: a cache, not a leak). */
    private final EncodedOnce<TagSet, Attributes> attributes = new EncodedOnce<>(100_000, SampleRecorder::attributes);
    /** A rate's sample also says its condition: both sets of attributes, made once per tag set. */
    private final EncodedOnce<Attributes, RateAttributes> rateAttributes = new EncodedOnce<>(100_000,
            RateAttributes::new);

    SampleRecorder(Meter meter, String prefix) {
        this.meter = meter;
        this.prefix = prefix;
    }

    void record(Sample sample) {
        Metric metric = sample.metric();
        Object instrument = instruments.computeIfAbsent(metric, this::newInstrument);
        Attributes tags = attributes.get(sample.tags());
        switch (instrument) {
            case DoubleCounter counter -> counter.add(sample.value(), tags);
            case DoubleGauge gauge -> gauge.set(sample.value(), tags);
            case DoubleHistogram histogram -> histogram.record(sample.value(), tags);
            case LongCounter rate -> rate.add(1, rateAttributes.get(tags).of(sample.value()));
            default -> throw new IllegalStateException("no instrument for " + metric);
        }
    }

    private Object newInstrument(Metric metric) {
        String name = prefix + metric.name();
        String unit = switch (metric.valueType()) {
            case TIME -> "ms";
            case DATA -> "By";
            case DEFAULT -> "";
        };
        return switch (metric.type()) {
            case COUNTER -> meter.counterBuilder(name).ofDoubles().setUnit(unit).build();
            case GAUGE -> meter.gaugeBuilder(name).setUnit(unit).build();
            case TREND -> meter.histogramBuilder(name).setUnit(unit).build();
            case RATE -> meter.counterBuilder(name + RATE_SUFFIX).build();
        };
    }

    /** The sample's tags; k6 leaves out empty names and values (such as {@code group} outside groups). */
    private static Attributes attributes(TagSet tags) {
        AttributesBuilder builder = Attributes.builder();
        tags.forEach((name, value) -> {
            if (!name.isEmpty() && !value.isEmpty()) {
                builder.put(name, value);
            }
        });
        return builder.build();
    }

    /** A rate sample's attributes: its tags and {@code condition} zero or nonzero. */
    private record RateAttributes(Attributes zero, Attributes nonzero) {

        RateAttributes(Attributes tags) {
            this(tags.toBuilder().put(CONDITION, "zero").build(), tags.toBuilder().put(CONDITION, "nonzero").build());
        }

        Attributes of(double value) {
            return value != 0 ? nonzero : zero;
        }
    }
}
