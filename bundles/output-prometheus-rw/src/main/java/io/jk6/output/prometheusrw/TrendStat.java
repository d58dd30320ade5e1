package io.jk6.output.prometheusrw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * One statistic of a trend sent as a gauge ({@code K6_PROMETHEUS_RW_TREND_STATS}): k6's summary
 * stats ({@code avg}, {@code min}, {@code med}, {@code max}, {@code count}, {@code p(N)}) plus
 * {@code sum}.
 *
 * @param suffix appended to the series' name: the stat, {@code p(99.9)} as {@code p999}
 * @param value  the stat of a trend's values
 */
record TrendStat(String suffix, ToDoubleFunction<TrendValues> value) {

    // Go's strconv.ParseFloat, without Java's extras (blanks, a trailing d or f)
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Map<String, ToDoubleFunction<TrendValues>> NAMED = Map.of(
            "avg", TrendValues::avg,
            "min", TrendValues::min,
            "med", values -> values.percentile(0.5),
            "max", TrendValues::max,
            "count", values -> values.count(),
            "sum", TrendValues::sum);

    /**
     * The stats in the order given, each once.
     *
     * @throws IllegalArgumentException a stat k6 does not know, in k6's words
     */
    static List<TrendStat> parse(List<String> stats) {
        Map<String, TrendStat> parsed = new LinkedHashMap<>();
        for (String stat : stats) {
            parsed.putIfAbsent(stat, of(stat));
        }
        return new ArrayList<>(parsed.values());
    }

    private static TrendStat of(String stat) {
        ToDoubleFunction<TrendValues> named = NAMED.get(stat);
        if (named != null) {
            return new TrendStat(stat, named);
        }
        if (!stat.startsWith("p(") || !stat.endsWith(")")) {
            throw new IllegalArgumentException("invalid trend stat '" + stat + "', unknown format");
        }
        String number = stat.substring(2, stat.length() - 1);
        double percentile = NUMBER.matcher(number).matches() ? Double.parseDouble(number) : Double.NaN;
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("invalid percentile trend stat value '" + stat
                    + "', provide a number between 0 and 100");
        }
        // k6 drops the dots: p(99.9) is p999, p(0.95) is p095
        return new TrendStat("p" + number.replace(".", ""), values -> values.percentile(percentile / 100));
    }
}
