package io.jk6.engine.thresholds;

import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.GaugeSink;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.RateSink;
import io.jk6.engine.metrics.TrendSink;
import java.time.Duration;

/** Reads the statistic a threshold names from a metric's aggregate. */
final class ObservedStatistic {

    private ObservedStatistic() {
    }

    /** The value of {@code aggregation}; NaN when the sink does not offer it. */
    static double of(MetricSnapshot metric, Aggregation aggregation, Duration testRunDuration) {
        String kind = aggregation.kind();
        return switch (metric.sink()) {
            case CounterSink c -> switch (kind) {
                case "count" -> c.count();
                case "rate" -> c.rate(testRunDuration);
                default -> Double.NaN;
            };
            case GaugeSink g -> kind.equals("value") ? g.value() : Double.NaN;
            case RateSink r -> kind.equals("rate") ? r.rate() : Double.NaN;
            case TrendSink t -> switch (kind) {
                case "avg" -> t.avg();
                case "min" -> t.min();
                case "max" -> t.max();
                case "med" -> t.med();
                case "p" -> t.percentile(aggregation.percentile());
                default -> Double.NaN;
            };
        };
    }
}
