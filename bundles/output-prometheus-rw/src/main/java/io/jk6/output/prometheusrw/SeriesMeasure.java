package io.jk6.output.prometheusrw;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * What one series (a metric and its tags) measured since the test started, and the remote-write
 * series that show it, as k6 maps its sinks: a counter's sum as {@code k6_<name>_total}, a gauge's
 * last value as {@code k6_<name>}, a rate's share of non-zero values as {@code k6_<name>_rate}, a
 * trend's stats as gauges {@code k6_<name>_<stat>} (times in seconds, Prometheus' unit) or, with
 * {@code K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM=true}, a trend as one native histogram named
 * after its unit: {@code k6_<name>_seconds} (times, in seconds), {@code k6_<name>_bytes} (data),
 * {@code k6_<name>} (plain numbers).
 */
abstract sealed class SeriesMeasure {

    /** The series' labels; a trend's gauges append their stat to the name. */
    final List<TimeSeries.Label> labels;

    private SeriesMeasure(List<TimeSeries.Label> labels) {
        this.labels = labels;
    }

    /**
     * An empty measure of the metric's type.
     *
     * @param nativeHistograms trends as native histograms rather than gauges of {@code trendStats}
     */
    static SeriesMeasure of(Metric metric, TagSet tags, List<TrendStat> trendStats, boolean nativeHistograms) {
        return switch (metric.type()) {
            case COUNTER -> new Counter(SeriesLabels.of(metric, tags, "total"));
            case GAUGE -> new Gauge(SeriesLabels.of(metric, tags, ""));
            case RATE -> new Rate(SeriesLabels.of(metric, tags, "rate"));
            case TREND -> nativeHistograms
                    ? new HistogramTrend(SeriesLabels.of(metric, tags, baseUnit(metric.valueType())), metric.valueType())
                    : new Trend(SeriesLabels.of(metric, tags, ""), trendStats, metric.valueType());
        };
    }

    /** The suffix k6 gives a native histogram's name: Prometheus' base unit of the values. */
    static String baseUnit(ValueType valueType) {
        return switch (valueType) {
            case TIME -> "seconds";
            case DATA -> "bytes";
            case DEFAULT -> "";
        };
    }

    abstract void add(double value);

    /** The series to send, each with this measure's value at {@code timestampMillis}. */
    List<TimeSeries> series(long timestampMillis) {
        return List.of(new TimeSeries(labels, value(), timestampMillis));
    }

    /** The value of a single-series measure. */
    double value() {
        throw new UnsupportedOperationException("a trend has one value per stat");
    }

    private static final class Counter extends SeriesMeasure {
        private double sum;

        Counter(List<TimeSeries.Label> labels) {
            super(labels);
        }

        @Override
        void add(double value) {
            sum += value;
        }

        @Override
        double value() {
            return sum;
        }
    }

    private static final class Gauge extends SeriesMeasure {
        private double last;

        Gauge(List<TimeSeries.Label> labels) {
            super(labels);
        }

        @Override
        void add(double value) {
            last = value;
        }

        @Override
        double value() {
            return last;
        }
    }

    private static final class Rate extends SeriesMeasure {
        private long nonZero;
        private long total;

        Rate(List<TimeSeries.Label> labels) {
            super(labels);
        }

        @Override
        void add(double value) {
            total++;
            if (value != 0) {
                nonZero++;
            }
        }

        @Override
        double value() {
            return total == 0 ? 0 : (double) nonZero / total;
        }
    }

    private static final class Trend extends SeriesMeasure {
        private final List<TrendStat> stats;
        private final boolean seconds;
        private final TrendValues values = new TrendValues();

        Trend(List<TimeSeries.Label> labels, List<TrendStat> stats, ValueType valueType) {
            super(labels);
            this.stats = stats;
            this.seconds = valueType == ValueType.TIME;
        }

        @Override
        void add(double value) {
            values.add(value);
        }

        @Override
        List<TimeSeries> series(long timestampMillis) {
            List<TimeSeries> series = new ArrayList<>(stats.size());
            for (TrendStat stat : stats) {
                double value = stat.value().applyAsDouble(values);
                // milliseconds to Prometheus' seconds; a count stays a count (k6 divides it too)
                if (seconds && !stat.suffix().equals("count")) {
                    value /= 1000;
                }
                series.add(new TimeSeries(SeriesLabels.withNameSuffix(labels, stat.suffix()), value,
                        timestampMillis));
            }
            return series;
        }
    }

    /** A trend as one native histogram; times in seconds, as k6 observes them. */
    private static final class HistogramTrend extends SeriesMeasure {
        private final boolean seconds;
        private final NativeHistogram histogram = new NativeHistogram();

        HistogramTrend(List<TimeSeries.Label> labels, ValueType valueType) {
            super(labels);
            this.seconds = valueType == ValueType.TIME;
        }

        @Override
        void add(double value) {
            histogram.add(seconds ? value / 1000 : value);
        }

        @Override
        List<TimeSeries> series(long timestampMillis) {
            return List.of(new TimeSeries(labels, histogram.snapshot(), timestampMillis));
        }
    }
}
