package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.CheckResult;
import io.jk6.engine.metrics.GroupResults;
import io.jk6.engine.metrics.MetricsEngine;
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
 * k6's end-of-test summary (k6 v1's summary.js): a {@code █ THRESHOLDS} block, then
 * {@code █ TOTAL RESULTS} with the checks and the metrics by section. In full mode it shows
 * every metric but checks and group_duration, then a {@code █ GROUP: name} section per
 * top-level group (nested groups inside under {@code ↳ GROUP: name}) and a
 * {@code █ SCENARIO: name} section per named scenario.
 */
public final class TextSummary {

    // A line break item: k6 joins items with "\n" but appends these bare, making blank lines.
    private static final String BREAK = ResultBlock.BREAK;
    private static final int BLOCK_INDENT = 4;

    private final Ansi ansi;
    private final List<String> trendStats;
    private final String timeUnit;
    private final boolean full;
    private final ResultBlock block;

    private TextSummary(boolean color, List<String> trendStats, String timeUnit) {
        this(color, trendStats, timeUnit, false);
    }

    private TextSummary(boolean color, List<String> trendStats, String timeUnit, boolean full) {
        this.full = full;
        MetricValues.validateTrendStats(trendStats);
        this.ansi = new Ansi(color);
        this.trendStats = List.copyOf(trendStats);
        this.timeUnit = timeUnit;
        this.block = new ResultBlock(ansi, this.trendStats, timeUnit);
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
     * {@code --summary-mode full}: the HTTP timing breakdown the compact summary leaves out, and
     * the sections by group and scenario of {@link SummaryData#breakdown()}.
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
        List<String> total = new ArrayList<>(totalChecks(data));
        total.addAll(block.metrics(data.metrics(), data.testRunDuration(), BLOCK_INDENT, full));
        appendSection(out, "TOTAL RESULTS", total);
        if (full) {
            // k6 lists the groups in the order they first ran, the scenarios by name
            for (GroupResults group : data.breakdown().groups()) {
                appendSection(out, "GROUP: " + group.name(), groupContent(group, data.testRunDuration(), 0));
            }
            List<GroupResults> scenarios = new ArrayList<>(data.breakdown().scenarios());
            scenarios.sort((a, b) -> MetricNameOrder.collate(a.name(), b.name()));
            for (GroupResults scenario : scenarios) {
                appendSection(out, "SCENARIO: " + scenario.name(), groupContent(scenario, data.testRunDuration(), 0));
            }
        }
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

    private List<String> totalChecks(SummaryData data) {
        RateSink rate = data.metric("checks").map(MetricSnapshot::sink)
                .filter(RateSink.class::isInstance).map(RateSink.class::cast).orElse(null);
        return block.checks(rate, mergedByName(data.checks()), data.testRunDuration(), BLOCK_INDENT);
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

    // k6's group or scenario content at render level `level` (0 for a section of its own):
    // checks, metrics, then the nested groups under "↳ GROUP:" titles one level deeper.
    private List<String> groupContent(GroupResults group, Duration testRunDuration, int level) {
        int indent = BLOCK_INDENT + 2 * level;
        RateSink rate = group.metrics().stream().filter(m -> m.name().equals(MetricsEngine.CHECKS_METRIC))
                .map(MetricSnapshot::sink).filter(RateSink.class::isInstance).map(RateSink.class::cast)
                .findFirst().orElse(null);
        List<String> lines = new ArrayList<>(block.checks(rate, group.checks(), testRunDuration, indent));
        lines.addAll(block.metrics(group.metrics(), testRunDuration, indent, true));
        for (GroupResults nested : group.groups()) {
            lines.add(" ".repeat(indent) + "↳ " + ansi.bold("GROUP: " + nested.name()) + " \n");
            lines.addAll(groupContent(nested, testRunDuration, level + 1));
        }
        return lines;
    }

    private static List<String> sorted(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        list.sort(MetricNameOrder.INSTANCE);
        return list;
    }
}
