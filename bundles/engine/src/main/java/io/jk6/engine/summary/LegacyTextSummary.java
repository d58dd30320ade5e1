package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What jslib's {@code textSummary(data, options)} (k6-summary 0.0.1 to 0.1.0) returns for a
 * {@code handleSummary} data object: k6's pre-v1 layout, checks by group (█ group), then every
 * metric of {@code data.metrics} on one dotted line, marked ✓/✗ when it has thresholds. It reads
 * only {@code data}, so a script may drop or change metrics before calling it.
 *
 * <p>Options, over {@code data.options}: {@code indent} (default one space),
 * {@code enableColors} (default true), {@code summaryTimeUnit}, {@code summaryTrendStats}.
 */
public final class LegacyTextSummary {

    private static final String GREEN = "32";
    private static final String RED = "31";
    private static final String CYAN = "36";
    private static final String FAINT = "2";

    private final boolean colors;

    private LegacyTextSummary(boolean colors) {
        this.colors = colors;
    }

    /**
     * @param data    the {@code handleSummary} data, as plain Java maps, lists, numbers and strings
     * @param options the second argument of {@code textSummary}, or null
     */
    public static String render(Map<String, Object> data, Map<String, Object> options) {
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("indent", " ");
        opts.put("enableColors", true);
        if (data.get("options") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> opts.put(String.valueOf(k), v));
        }
        if (options != null) {
            opts.putAll(options);
        }
        LegacyTextSummary s = new LegacyTextSummary(Boolean.TRUE.equals(opts.get("enableColors")));
        String indent = String.valueOf(opts.get("indent"));
        List<String> lines = new ArrayList<>();
        if (data.get("root_group") instanceof Map<?, ?> root) {
            lines.addAll(s.groupLines(indent + "    ", root));
        }
        lines.addAll(s.metricLines(indent, opts, data));
        return String.join("\n", lines);
    }

    private String color(String text, String... codes) {
        return colors ? "\u001b[" + String.join(";", codes) + "m" + text + "\u001b[0m" : text;
    }

    private List<String> groupLines(String indent, Map<?, ?> group) {
        List<String> lines = new ArrayList<>();
        String name = String.valueOf(group.get("name"));
        if (!name.isEmpty() && group.get("name") != null) {
            lines.add(indent + "█ " + name + "\n");
            indent = indent + "  ";
        }
        List<?> checks = group.get("checks") instanceof List<?> l ? l : List.of();
        for (Object c : checks) {
            if (c instanceof Map<?, ?> check) {
                lines.add(checkLine(indent, check));
            }
        }
        if (!checks.isEmpty()) {
            lines.add("");
        }
        List<?> groups = group.get("groups") instanceof List<?> l ? l : List.of();
        for (Object g : groups) {
            if (g instanceof Map<?, ?> sub) {
                lines.addAll(groupLines(indent, sub));
            }
        }
        return lines;
    }

    private String checkLine(String indent, Map<?, ?> check) {
        long passes = number(check.get("passes")).longValue();
        long fails = number(check.get("fails")).longValue();
        String name = String.valueOf(check.get("name"));
        if (fails == 0) {
            return color(indent + "✓ " + name, GREEN);
        }
        long pct = (long) Math.floor(100.0 * passes / (passes + fails));
        return color(indent + "✗ " + name + "\n" + indent + " ↳  " + pct + "% — ✓ " + passes + " / ✗ " + fails, RED);
    }

    private List<String> metricLines(String indent, Map<String, Object> opts, Map<String, Object> data) {
        String lineIndent = indent + "  ";
        String timeUnit = opts.get("summaryTimeUnit") instanceof String u ? u : null;
        List<String> stats = new ArrayList<>();
        if (opts.get("summaryTrendStats") instanceof List<?> l) {
            l.forEach(x -> stats.add(String.valueOf(x)));
        }
        Map<?, ?> metrics = data.get("metrics") instanceof Map<?, ?> m ? m : Map.of();
        List<String> names = new ArrayList<>();
        Map<String, List<String>> trendCols = new HashMap<>();
        Map<String, String> mainCol = new HashMap<>();
        Map<String, List<String>> extraCols = new HashMap<>();
        int nameWidth = 0;
        int mainWidth = 0;
        int[] trendWidths = new int[stats.size()];
        List<Integer> extraWidths = new ArrayList<>();
        for (Map.Entry<?, ?> e : metrics.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> metric)) {
                continue;
            }
            names.add(name);
            nameWidth = Math.max(nameWidth, Ansi.width(subIndent(name) + displayName(name)));
            Map<?, ?> values = metric.get("values") instanceof Map<?, ?> v ? v : Map.of();
            if ("trend".equals(metric.get("type"))) {
                List<String> cols = new ArrayList<>();
                for (int i = 0; i < stats.size(); i++) {
                    Object raw = values.get(stats.get(i));
                    String col = stats.get(i).equals("count") ? jsString(raw) : humanize(raw, metric, timeUnit);
                    trendWidths[i] = Math.max(trendWidths[i], Ansi.width(col));
                    cols.add(col);
                }
                trendCols.put(name, cols);
                continue;
            }
            List<String> cols = nonTrendValues(metric, values, timeUnit);
            mainCol.put(name, cols.get(0));
            mainWidth = Math.max(mainWidth, Ansi.width(cols.get(0)));
            extraCols.put(name, cols.subList(1, cols.size()));
            for (int i = 1; i < cols.size(); i++) {
                int w = Ansi.width(cols.get(i));
                if (i - 1 >= extraWidths.size()) {
                    extraWidths.add(w);
                } else {
                    extraWidths.set(i - 1, Math.max(extraWidths.get(i - 1), w));
                }
            }
        }
        names.sort(MetricNameOrder.INSTANCE);
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            Map<?, ?> metric = (Map<?, ?>) metrics.get(name);
            String mark = " ";
            String markColor = null;
            if (metric.get("thresholds") instanceof Map<?, ?> thresholds) {
                mark = "✓";
                markColor = GREEN;
                for (Object t : thresholds.values()) {
                    if (t instanceof Map<?, ?> tm && Boolean.FALSE.equals(tm.get("ok"))) {
                        mark = "✗";
                        markColor = RED;
                        break;
                    }
                }
            }
            String sub = subIndent(name);
            String display = displayName(name);
            display = display + color(".".repeat(Math.max(0, nameWidth - Ansi.width(display) - Ansi.width(sub) + 3))
                    + ":", FAINT);
            String value;
            if (trendCols.containsKey(name)) {
                List<String> cols = trendCols.get(name);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    parts.add(stats.get(i) + "=" + color(cols.get(i), CYAN)
                            + " ".repeat(trendWidths[i] - Ansi.width(cols.get(i))));
                }
                value = String.join(" ", parts);
            } else {
                String main = mainCol.get(name);
                value = color(main, CYAN) + " ".repeat(mainWidth - Ansi.width(main));
                List<String> extras = extraCols.get(name);
                if (extras.size() == 1) {
                    value = value + " " + color(extras.get(0), CYAN, FAINT);
                } else if (extras.size() > 1) {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < extras.size(); i++) {
                        parts.add(color(extras.get(i), CYAN, FAINT)
                                + " ".repeat(extraWidths.get(i) - Ansi.width(extras.get(i))));
                    }
                    value = value + " " + String.join(" ", parts);
                }
            }
            lines.add(lineIndent + sub + (markColor == null ? mark : color(mark, markColor)) + " " + display + " "
                    + value);
        }
        return lines;
    }

    private static List<String> nonTrendValues(Map<?, ?> metric, Map<?, ?> values, String timeUnit) {
        return switch (String.valueOf(metric.get("type"))) {
            case "counter" -> List.of(humanize(values.get("count"), metric, timeUnit),
                    humanize(values.get("rate"), metric, timeUnit) + "/s");
            case "gauge" -> List.of(humanize(values.get("value"), metric, timeUnit),
                    "min=" + humanize(values.get("min"), metric, timeUnit),
                    "max=" + humanize(values.get("max"), metric, timeUnit));
            case "rate" -> List.of(humanize(values.get("rate"), metric, timeUnit), "✓ " + jsString(values.get("passes")),
                    "✗ " + jsString(values.get("fails")));
            default -> List.of("[no data]");
        };
    }

    /** jslib's {@code humanizeValue(value, metric, timeUnit)}. */
    public static String humanize(Object value, Map<?, ?> metric, String timeUnit) {
        double v = number(value).doubleValue();
        MetricType type = "rate".equals(metric.get("type")) ? MetricType.RATE : MetricType.GAUGE;
        ValueType valueType = switch (String.valueOf(metric.get("contains"))) {
            case "time" -> ValueType.TIME;
            case "data" -> ValueType.DATA;
            default -> ValueType.DEFAULT;
        };
        return Humanize.value(v, type, valueType, timeUnit == null || timeUnit.isEmpty() ? null : timeUnit);
    }

    private static String subIndent(String name) {
        return name.indexOf('{') >= 0 ? "  " : "";
    }

    private static String displayName(String name) {
        int brace = name.indexOf('{');
        return brace >= 0 ? "{ " + name.substring(brace + 1, name.length() - 1) + " }" : name;
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : Double.NaN;
    }

    private static String jsString(Object value) {
        if (value instanceof Number n) {
            return JsNumbers.toString(n.doubleValue());
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT).equals("null") ? "undefined" : String.valueOf(value);
    }
}
