package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The formatted values of a block of metric lines and the column widths that align them: the
 * dotted name column, each trend stat column, the main value column and each extra column.
 * k6 computes one layout over all metric sections so every section lines up.
 */
final class ColumnLayout {

    final int maxNameWidth;
    final List<String> trendStats;
    final Map<String, List<String>> trendColumns = new HashMap<>();
    final int[] trendWidths;
    final Map<String, String> mainValues = new HashMap<>();
    final Map<String, List<String>> extras = new HashMap<>();
    final int mainWidth;
    final List<Integer> extraWidths = new ArrayList<>();

    ColumnLayout(List<DisplayMetric> metrics, int indentWidth, List<String> trendStats, String timeUnit) {
        this.trendStats = trendStats;
        this.trendWidths = new int[trendStats.size()];
        int nameWidth = 0;
        int main = 0;
        for (DisplayMetric m : metrics) {
            // k6 measures name + display name, which over-counts; the widths people see depend
            // on it, so it is reproduced.
            nameWidth = Math.max(nameWidth, indentWidth + Ansi.width(m.name() + m.displayName()));
            if (m.type() == MetricType.TREND) {
                List<String> cols = new ArrayList<>();
                for (int i = 0; i < trendStats.size(); i++) {
                    String col = trendValue(m, trendStats.get(i), timeUnit);
                    cols.add(col);
                    trendWidths[i] = Math.max(trendWidths[i], Ansi.width(col));
                }
                trendColumns.put(m.name(), cols);
            } else {
                List<String> values = nonTrendValues(m, timeUnit);
                mainValues.put(m.name(), values.get(0));
                main = Math.max(main, Ansi.width(values.get(0)));
                List<String> rest = values.subList(1, values.size());
                extras.put(m.name(), rest);
                for (int i = 0; i < rest.size(); i++) {
                    int w = Ansi.width(rest.get(i));
                    if (i >= extraWidths.size()) {
                        extraWidths.add(w);
                    } else if (w > extraWidths.get(i)) {
                        extraWidths.set(i, w);
                    }
                }
            }
        }
        this.maxNameWidth = nameWidth;
        this.mainWidth = main;
    }

    static String trendValue(DisplayMetric m, String stat, String timeUnit) {
        double v = m.value(stat);
        if (stat.equals("count")) {
            return JsNumbers.toString(v);
        }
        return Humanize.value(v, m.type(), m.valueType(), timeUnit);
    }

    /** The main value then the extras: {@code 45, 6.5/s}, {@code 1, min=1, max=19}, ... */
    static List<String> nonTrendValues(DisplayMetric m, String timeUnit) {
        return switch (m.type()) {
            case COUNTER -> List.of(
                    Humanize.value(m.value("count"), m.type(), m.valueType(), timeUnit),
                    Humanize.value(m.value("rate"), m.type(), m.valueType(), timeUnit) + "/s");
            case GAUGE -> List.of(
                    Humanize.value(m.value("value"), m.type(), m.valueType(), timeUnit),
                    "min=" + Humanize.value(m.value("min"), m.type(), m.valueType(), timeUnit),
                    "max=" + Humanize.value(m.value("max"), m.type(), m.valueType(), timeUnit));
            case RATE -> List.of(
                    Humanize.value(m.value("rate"), m.type(), m.valueType(), timeUnit),
                    JsNumbers.toString(m.value("passes")) + " out of "
                            + JsNumbers.toString(m.value("passes") + m.value("fails")));
            case TREND -> List.of("[no data]");
        };
    }
}
