package io.jk6.engine.thresholds;

import io.jk6.api.metrics.MetricType;
import java.util.List;

/**
 * The left-hand side of a threshold: which statistic of the metric is compared.
 *
 * @param kind       one of {@code count rate value avg min max med p}
 * @param percentile for {@code p}, the percentile in 0..100; NaN otherwise
 * @param text       the statistic as written, e.g. {@code p(99.9)}, used when showing it
 */
public record Aggregation(String kind, double percentile, String text) {

    private static final List<String> KEYWORDS = List.of("count", "rate", "value", "avg", "min", "max", "med");

    public boolean isPercentile() {
        return kind.equals("p");
    }

    /** Whether a metric of this type can be judged by this aggregation, as in k6. */
    public boolean supports(MetricType type) {
        return supportedBy(type).contains(kind);
    }

    /** The aggregation kinds k6 accepts for a metric type ({@code p} standing for {@code p(N)}). */
    public static List<String> supportedBy(MetricType type) {
        return switch (type) {
            case COUNTER -> List.of("count", "rate");
            case GAUGE -> List.of("value");
            case RATE -> List.of("rate");
            case TREND -> List.of("avg", "min", "max", "med", "p");
        };
    }

    /** Readable list for error messages: {@code p} is shown as {@code p(N)}. */
    static String describeSupported(MetricType type) {
        return String.join(", ", supportedBy(type).stream().map(k -> k.equals("p") ? "p(N)" : k).toList());
    }

    /**
     * Parses {@code count}, {@code p(95)}, {@code p(99.9)}...
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static Aggregation parse(String text) {
        if (KEYWORDS.contains(text)) {
            return new Aggregation(text, Double.NaN, text);
        }
        if (text.startsWith("p(") && text.endsWith(")")) {
            String inner = text.substring(2, text.length() - 1).strip();
            if (!inner.matches("\\d+(\\.\\d+)?")) {
                throw new IllegalArgumentException("percentile \"" + inner + "\" is not a number");
            }
            double p = Double.parseDouble(inner);
            if (p > 100) {
                throw new IllegalArgumentException("percentile " + inner + " is above 100");
            }
            return new Aggregation("p", p, text);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no aggregation method before the operator");
        }
        throw new IllegalArgumentException("unknown aggregation method \"" + text
                + "\"; expected one of count, rate, value, avg, min, max, med, p(N)");
    }
}
