package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.CheckResult;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.RateSink;
import io.jk6.engine.metrics.Sink;
import io.jk6.engine.metrics.TrendSink;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * k6's "compact" end-of-test summary (the default since k6 v1): a {@code █ THRESHOLDS} block,
 * then {@code █ TOTAL RESULTS} with the checks and the metrics by section.
 */
public final class TextSummary {

    // A line break item: k6 joins items with "\n" but appends these bare, making blank lines.
    private static final String BREAK = "\n";
    private static final int BLOCK_INDENT = 4;

    private final Ansi ansi;
    private final List<String> trendStats;
    private final String timeUnit;
    private final boolean full;

    private TextSummary(boolean color, List<String> trendStats, String timeUnit) {
        this(color, trendStats, timeUnit, false);
    }

    private TextSummary(boolean color, List<String> trendStats, String timeUnit, boolean full) {
        this.full = full;
        MetricValues.validateTrendStats(trendStats);
        this.ansi = new Ansi(color);
        this.trendStats = List.copyOf(trendStats);
        this.timeUnit = timeUnit;
    }

    /**
     * Renders the summary as k6's text summary function returns it (it starts with a line
     * break). See {@link #renderForStdout} for what k6 actually writes to stdout.
     *
     * @param trendStats k6's {@code summaryTrendStats}, e.g. {@link MetricValues#DEFAULT_TREND_STATS}
     * @param color      ANSI colours and bold, as k6 does on a terminal
     */
    public static String render(SummaryData data, List<String> trendStats, boolean color) {
        return render(data, trendStats, null, color);
    }

    /**
     * As {@link #render(SummaryData, List, boolean)}, with k6's {@code summaryTimeUnit}
     * ({@code s}, {@code ms} or {@code us}; null for the adaptive format).
     */
    public static String render(SummaryData data, List<String> trendStats, String timeUnit, boolean color) {
        return new TextSummary(color, trendStats, timeUnit).build(data);
    }

    /** Exactly what k6 prints to stdout at the end of a test: the summary framed by line breaks. */
    public static String renderForStdout(SummaryData data, List<String> trendStats, String timeUnit, boolean color) {
        return renderForStdout(data, trendStats, timeUnit, color, false);
    }

    /**
     * As {@link #renderForStdout(SummaryData, List, String, boolean)}; {@code full} is
     * {@code --summary-mode full}: every metric, including those the compact summary leaves out
     * (the HTTP timing breakdown, {@code group_duration}).
     */
    public static String renderForStdout(SummaryData data, List<String> trendStats, String timeUnit, boolean color,
            boolean full) {
        return "\n" + new TextSummary(color, trendStats, timeUnit, full).build(data) + "\n\n";
    }

    private String build(SummaryData data) {
        StringBuilder out = new StringBuilder();
        List<String> thresholds = thresholds(data);
        if (!thresholds.isEmpty()) {
            appendSection(out, "THRESHOLDS", thresholds);
        }
        List<String> total = new ArrayList<>(checks(data));
        total.addAll(metrics(data));
        appendSection(out, "TOTAL RESULTS", total);
        return out.toString();
    }

    private void appendSection(StringBuilder out, String title, List<String> content) {
        List<String> items = new ArrayList<>();
        items.add("  █ " + ansi.bold(title) + " \n");
        items.addAll(content);
        items.add(BREAK);
        for (String item : items) {
            if (item.equals(BREAK)) {
                out.append('\n');
            } else {
                out.append('\n').append(item);
            }
        }
    }

    private List<String> thresholds(SummaryData data) {
        Map<String, DisplayMetric> metrics = new LinkedHashMap<>();
        Map<String, MetricThresholdResults> byName = new LinkedHashMap<>();
        for (MetricThresholdResults t : data.thresholds()) {
            Optional<DisplayMetric> m = thresholdMetric(data, t);
            if (m.isPresent()) {
                metrics.put(t.name(), m.get());
                byName.put(t.name(), t);
            }
        }
        if (metrics.isEmpty()) {
            return List.of();
        }
        ColumnLayout layout = new ColumnLayout(List.copyOf(metrics.values()), BLOCK_INDENT, trendStats, timeUnit);
        List<String> lines = new ArrayList<>();
        for (String name : sorted(metrics.keySet())) {
            DisplayMetric m = metrics.get(name);
            boolean nested = m.isSubmetric() && metrics.containsKey(m.parentName());
            String indent = " ".repeat(nested ? BLOCK_INDENT + 2 : BLOCK_INDENT);
            lines.add(indent + (nested ? name.substring(m.parentName().length()) : name));
            for (ThresholdResult r : byName.get(name).results()) {
                String mark = r.passed() ? ansi.color("✓", Ansi.GREEN) : ansi.color("✗", Ansi.RED);
                String source = ansi.color("'" + r.source().strip() + "'", Ansi.WHITE);
                String value = ansi.color(r.aggregation(), Ansi.WHITE) + "="
                        + ansi.color(thresholdValue(m, r.aggregation(), layout), Ansi.CYAN);
                lines.add(indent + mark + " " + source + " " + value);
            }
            lines.add(BREAK);
        }
        return lines;
    }

    // k6 lists a threshold's metric only if it (or, for a sub-metric, its parent) saw samples.
    private Optional<DisplayMetric> thresholdMetric(SummaryData data, MetricThresholdResults t) {
        Optional<MetricSnapshot> snapshot = data.metric(t.name());
        Sink sink;
        MetricSnapshot source;
        if (snapshot.isPresent()) {
            source = snapshot.get();
            sink = source.sink();
        } else {
            String parent = t.name().contains("{") ? t.name().substring(0, t.name().indexOf('{')) : t.name();
            Optional<MetricSnapshot> parentSnapshot = data.metric(parent);
            if (parentSnapshot.isEmpty() || parent.equals(t.name())) {
                return Optional.empty();
            }
            source = parentSnapshot.get();
            sink = Sink.forType(source.metric().type());
        }
        Map<String, Double> values = new LinkedHashMap<>(MetricValues.of(sink, trendStats, data.testRunDuration()));
        if (source.metric().type() == MetricType.TREND) {
            for (ThresholdResult r : t.results()) {
                String key = MetricValues.percentileKeyOfThreshold(r.source());
                if (key != null && !values.containsKey(key)) {
                    values.put(key, MetricValues.trendStat((TrendSink) sink, key));
                }
            }
        }
        return Optional.of(new DisplayMetric(t.name(), source.metric().type(), source.metric().valueType(), values));
    }

    private String thresholdValue(DisplayMetric m, String aggregation, ColumnLayout layout) {
        return switch (m.type()) {
            case TREND -> {
                int i = trendStats.indexOf(aggregation);
                if (i >= 0) {
                    yield layout.trendColumns.get(m.name()).get(i);
                }
                yield ColumnLayout.trendValue(m, aggregation, timeUnit);
            }
            case COUNTER -> aggregation.equals("count") ? layout.mainValues.get(m.name())
                    : layout.extras.get(m.name()).get(0);
            default -> layout.mainValues.get(m.name());
        };
    }

    private List<String> checks(SummaryData data) {
        Optional<MetricSnapshot> checksMetric = data.metric("checks");
        if (checksMetric.isEmpty() || !(checksMetric.get().sink() instanceof RateSink rate)) {
            return List.of();
        }
        double total = rate.total();
        double succeeded = rate.passes();
        double failed = total - succeeded;
        double seconds = data.testRunDuration().toNanos() / 1e9;
        List<DisplayMetric> metrics = List.of(
                new DisplayMetric("checks_total", MetricType.COUNTER, ValueType.DEFAULT,
                        Map.of("count", total, "rate", seconds == 0 ? 0 : total / seconds)),
                new DisplayMetric("checks_succeeded", MetricType.RATE, ValueType.DEFAULT,
                        Map.of("rate", rate.rate(), "passes", succeeded, "fails", failed)),
                new DisplayMetric("checks_failed", MetricType.RATE, ValueType.DEFAULT,
                        Map.of("rate", total == 0 ? 0 : failed / total, "passes", failed, "fails", succeeded)));
        ColumnLayout layout = new ColumnLayout(metrics, BLOCK_INDENT, trendStats, timeUnit);
        List<String> lines = new ArrayList<>();
        for (DisplayMetric m : metrics) {
            lines.add(metricLine(m, layout));
        }
        lines.add(BREAK);
        String indent = " ".repeat(BLOCK_INDENT);
        for (CheckResult c : mergedByName(data.checks())) {
            if (c.fails() == 0) {
                lines.add(indent + ansi.color("✓ " + c.name(), Ansi.GREEN));
            } else {
                long pct = (long) Math.floor(100.0 * c.passes() / (c.passes() + c.fails()));
                lines.add(indent + ansi.color("✗ " + c.name(), Ansi.RED) + "\n" + " ".repeat(BLOCK_INDENT + 2)
                        + ansi.color("↳  " + pct + "% — ✓ " + c.passes() + " / ✗ " + c.fails(), Ansi.RED));
            }
        }
        lines.add(BREAK);
        return lines;
    }

    // The compact summary counts checks by name across all groups, in first-seen order.
    private static List<CheckResult> mergedByName(List<CheckResult> checks) {
        Map<String, long[]> merged = new LinkedHashMap<>();
        for (CheckResult c : checks) {
            long[] counts = merged.computeIfAbsent(c.name(), k -> new long[2]);
            counts[0] += c.passes();
            counts[1] += c.fails();
        }
        List<CheckResult> result = new ArrayList<>();
        merged.forEach((name, counts) -> result.add(new CheckResult("", name, counts[0], counts[1])));
        return result;
    }

    private List<String> metrics(SummaryData data) {
        Map<MetricSection, List<DisplayMetric>> sections = new LinkedHashMap<>();
        for (MetricSection s : MetricSection.values()) {
            sections.put(s, new ArrayList<>());
        }
        List<DisplayMetric> all = new ArrayList<>();
        for (MetricSnapshot s : data.metrics()) {
            if (s.name().equals("checks") || !full && MetricSection.hiddenInCompactMode(s.name())) {
                continue;
            }
            DisplayMetric m = new DisplayMetric(s.name(), s.metric().type(), s.metric().valueType(),
                    MetricValues.of(s.sink(), trendStats, data.testRunDuration()));
            sections.get(MetricSection.of(s.name())).add(m);
            all.add(m);
        }
        ColumnLayout layout = new ColumnLayout(all, BLOCK_INDENT, trendStats, timeUnit);
        List<String> lines = new ArrayList<>();
        sections.forEach((section, metrics) -> {
            if (metrics.isEmpty()) {
                return;
            }
            lines.add(" ".repeat(BLOCK_INDENT) + ansi.bold(section.title()));
            Map<String, DisplayMetric> byName = new LinkedHashMap<>();
            metrics.forEach(m -> byName.put(m.name(), m));
            for (String name : sorted(byName.keySet())) {
                lines.add(metricLine(byName.get(name), layout));
            }
            lines.add(BREAK);
        });
        return lines;
    }

    private String metricLine(DisplayMetric m, ColumnLayout layout) {
        String display = m.displayName();
        int dots = Math.max(0, layout.maxNameWidth - Ansi.width(display) - BLOCK_INDENT + 3);
        String dotted = display + ansi.faint(".".repeat(dots) + ":", Ansi.WHITE);
        return " ".repeat(BLOCK_INDENT) + dotted + " " + (m.type() == MetricType.TREND ? trendData(m, layout)
                : nonTrendData(m, layout));
    }

    private String trendData(DisplayMetric m, ColumnLayout layout) {
        List<String> cols = layout.trendColumns.get(m.name());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            String col = cols.get(i);
            parts.add(trendStats.get(i) + "=" + ansi.color(col, Ansi.CYAN)
                    + " ".repeat(layout.trendWidths[i] - Ansi.width(col)));
        }
        return String.join(" ", parts);
    }

    private String nonTrendData(DisplayMetric m, ColumnLayout layout) {
        String value = layout.mainValues.get(m.name());
        List<String> extras = layout.extras.get(m.name());
        StringBuilder sb = new StringBuilder(ansi.color(value, Ansi.CYAN));
        sb.append(" ".repeat(layout.mainWidth - Ansi.width(value)));
        if (extras.size() == 1) {
            sb.append(' ').append(ansi.faint(extras.get(0), Ansi.CYAN));
        } else if (extras.size() > 1) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < extras.size(); i++) {
                String e = extras.get(i);
                parts.add(ansi.faint(e, Ansi.CYAN) + " ".repeat(layout.extraWidths.get(i) - Ansi.width(e)));
            }
            sb.append(' ').append(String.join(" ", parts));
        }
        return sb.toString();
    }

    private static List<String> sorted(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        list.sort(MetricNameOrder.INSTANCE);
        return list;
    }
}
