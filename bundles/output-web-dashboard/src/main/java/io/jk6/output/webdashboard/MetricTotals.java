package io.jk6.output.webdashboard;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One metric (or sub-metric, such as {@code http_req_duration{status:200}}) over the whole run: what
 * the summary table shows and what thresholds are judged on, with k6's aggregations per type.
 */
final class MetricTotals {

    private final String name;
    private final Metric metric;
    private final Distribution trend;
    private long count;
    private double sum;
    private long nonZero;
    private double last = Double.NaN;
    private double min = Double.NaN;
    private double max = Double.NaN;

    /** @param name the metric's name, with its tag filter for a sub-metric */
    MetricTotals(String name, Metric metric) {
        this.name = name;
        this.metric = metric;
        this.trend = metric.type() == MetricType.TREND ? new Distribution() : null;
    }

    String name() {
        return name;
    }

    Metric metric() {
        return metric;
    }

    void add(double value) {
        if (trend != null) {
            trend.add(value);
            return;
        }
        count++;
        sum += value;
        if (value != 0) {
            nonZero++;
        }
        last = value;
        min = count == 1 ? value : Math.min(min, value);
        max = count == 1 ? value : Math.max(max, value);
    }

    boolean isEmpty() {
        return trend != null ? trend.count() == 0 : count == 0;
    }

    /**
     * The value of one of k6's threshold aggregations ({@code count}, {@code rate}, {@code value},
     * {@code avg}, {@code min}, {@code max}, {@code med}, {@code p(N)}); NaN when the metric's type has
     * none of that name.
     *
     * @param seconds how long the test has run, for a counter's rate
     */
    double aggregate(String aggregation, double seconds) {
        return switch (metric.type()) {
            case COUNTER -> switch (aggregation) {
                case "count" -> sum;
                case "rate" -> seconds > 0 ? sum / seconds : 0;
                default -> Double.NaN;
            };
            case GAUGE -> switch (aggregation) {
                case "value" -> last;
                case "min" -> min;
                case "max" -> max;
                default -> Double.NaN;
            };
            case RATE -> aggregation.equals("rate") ? (count == 0 ? 0 : (double) nonZero / count) : Double.NaN;
            case TREND -> switch (aggregation) {
                case "avg" -> trend.avg();
                case "min" -> trend.min();
                case "max" -> trend.max();
                case "med" -> trend.percentile(50);
                case "count" -> trend.count();
                default -> percentileOf(aggregation);
            };
        };
    }

    private double percentileOf(String aggregation) {
        if (!aggregation.startsWith("p(") || !aggregation.endsWith(")")) {
            return Double.NaN;
        }
        try {
            double p = Double.parseDouble(aggregation.substring(2, aggregation.length() - 1));
            return p >= 0 && p <= 100 ? trend.percentile(p) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The table's columns for this metric's type, in k6's order. */
    Map<String, Double> stats(double seconds) {
        Map<String, Double> stats = new LinkedHashMap<>();
        String[] columns = switch (metric.type()) {
            case COUNTER -> new String[] {"count", "rate"};
            case GAUGE -> new String[] {"value", "min", "max"};
            case RATE -> new String[] {"rate"};
            case TREND -> new String[] {"avg", "min", "med", "max", "p(90)", "p(95)", "p(99)"};
        };
        for (String column : columns) {
            stats.put(column, aggregate(column, seconds));
        }
        if (metric.type() == MetricType.RATE) {
            stats.put("passes", (double) nonZero);
            stats.put("fails", (double) (count - nonZero));
        }
        return stats;
    }
}
