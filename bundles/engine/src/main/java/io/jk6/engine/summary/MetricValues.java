package io.jk6.engine.summary;

import io.jk6.engine.metrics.CounterSink;
import io.jk6.engine.metrics.GaugeSink;
import io.jk6.engine.metrics.RateSink;
import io.jk6.engine.metrics.Sink;
import io.jk6.engine.metrics.TrendSink;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named values k6 reports for a metric: counter {@code count rate}, gauge
 * {@code value min max}, rate {@code rate passes fails}, trend one entry per summary trend stat.
 */
public final class MetricValues {

    /** k6's default {@code summaryTrendStats}. */
    public static final List<String> DEFAULT_TREND_STATS = List.of("avg", "min", "med", "max", "p(90)", "p(95)");

    private static final Pattern PERCENTILE = Pattern.compile("p\\((\\d+(?:\\.\\d+)?)\\)");

    private MetricValues() {
    }

    /** The values of a sink, in k6's order. */
    public static Map<String, Double> of(Sink sink, List<String> trendStats, Duration testRunDuration) {
        Map<String, Double> values = new LinkedHashMap<>();
        switch (sink) {
            case CounterSink c -> {
                values.put("count", c.count());
                values.put("rate", c.rate(testRunDuration));
            }
            case GaugeSink g -> {
                values.put("value", g.value());
                values.put("min", g.min());
                values.put("max", g.max());
            }
            case RateSink r -> {
                values.put("rate", r.rate());
                values.put("passes", (double) r.passes());
                values.put("fails", (double) r.fails());
            }
            case TrendSink t -> {
                for (String stat : trendStats) {
                    values.put(stat, trendStat(t, stat));
                }
            }
        }
        return values;
    }

    /** One trend statistic by its k6 name: avg, min, med, max, count or p(N). */
    public static double trendStat(TrendSink t, String stat) {
        return switch (stat) {
            case "avg" -> t.avg();
            case "min" -> t.min();
            case "med" -> t.med();
            case "max" -> t.max();
            case "count" -> t.count();
            default -> t.percentile(percentileOf(stat));
        };
    }

    /**
     * Checks a {@code summaryTrendStats} list.
     *
     * @throws IllegalArgumentException naming the first unknown stat
     */
    public static void validateTrendStats(List<String> stats) {
        for (String stat : stats) {
            switch (stat) {
                case "avg", "min", "med", "max", "count" -> {
                }
                default -> percentileOf(stat);
            }
        }
    }

    private static double percentileOf(String stat) {
        Matcher m = PERCENTILE.matcher(stat);
        if (!m.matches()) {
            throw new IllegalArgumentException("stat '" + stat + "' is unknown; use avg, min, med, max, count or p(N)");
        }
        double p = Double.parseDouble(m.group(1));
        if (p > 100) {
            throw new IllegalArgumentException("stat '" + stat + "' asks for a percentile above 100");
        }
        return p;
    }

    /** The {@code p(N)} key of a threshold source starting with a percentile, or null. */
    static String percentileKeyOfThreshold(String source) {
        Matcher m = Pattern.compile("^p\\((\\d+(?:\\.\\d+)?)\\)\\s*[<>=!]").matcher(source.strip());
        return m.find() ? "p(" + m.group(1) + ")" : null;
    }
}
