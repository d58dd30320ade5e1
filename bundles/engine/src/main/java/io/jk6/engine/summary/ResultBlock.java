package io.jk6.engine.summary;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.CheckResult;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.metrics.RateSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one block of results in k6's text summary, at a given indentation: the checks
 * (checks_total/succeeded/failed, then one line per check) and the metrics by section. The
 * {@code TOTAL RESULTS} block uses it at 4 spaces; the full summary's group and scenario blocks
 * at 4 and deeper for nested groups.
 */
final class ResultBlock {

    /** A line break item: k6 joins items with "\n" but appends these bare, making blank lines. */
    static final String BREAK = "\n";

    private final Ansi ansi;
    private final List<String> trendStats;
    private final String timeUnit;

    ResultBlock(Ansi ansi, List<String> trendStats, String timeUnit) {
        this.ansi = ansi;
        this.trendStats = trendStats;
        this.timeUnit = timeUnit;
    }

    /**
     * k6's checks block; empty without a checks metric.
     *
     * @param checks  merged by name, in first-seen order
     * @param indent  spaces before each line
     */
    List<String> checks(RateSink rate, List<CheckResult> checks, Duration testRunDuration, int indent) {
        if (rate == null) {
            return List.of();
        }
        double total = rate.total();
        double succeeded = rate.passes();
        double failed = total - succeeded;
        double seconds = testRunDuration.toNanos() / 1e9;
        List<DisplayMetric> metrics = List.of(
                new DisplayMetric("checks_total", MetricType.COUNTER, ValueType.DEFAULT,
                        Map.of("count", total, "rate", seconds == 0 ? 0 : total / seconds)),
                new DisplayMetric("checks_succeeded", MetricType.RATE, ValueType.DEFAULT,
                        Map.of("rate", rate.rate(), "passes", succeeded, "fails", failed)),
                new DisplayMetric("checks_failed", MetricType.RATE, ValueType.DEFAULT,
                        Map.of("rate", total == 0 ? 0 : failed / total, "passes", failed, "fails", succeeded)));
        ColumnLayout layout = new ColumnLayout(metrics, indent, trendStats, timeUnit);
        List<String> lines = new ArrayList<>();
        for (DisplayMetric m : metrics) {
            lines.add(metricLine(m, layout, indent));
        }
        lines.add(BREAK);
        String pad = " ".repeat(indent);
        // k6 indents a failed check's detail line by twice its render level plus one, in pairs of spaces
        String detailPad = " ".repeat((indent - 1) * 2);
        for (CheckResult c : checks) {
            if (c.fails() == 0) {
                lines.add(pad + ansi.color("✓ " + c.name(), Ansi.GREEN));
            } else {
                long pct = (long) Math.floor(100.0 * c.passes() / (c.passes() + c.fails()));
                lines.add(pad + ansi.color("✗ " + c.name(), Ansi.RED) + "\n" + detailPad
                        + ansi.color("↳  " + pct + "% — ✓ " + c.passes() + " / ✗ " + c.fails(), Ansi.RED));
            }
        }
        lines.add(BREAK);
        return lines;
    }

    /**
     * The metrics by section (custom first), each sorted as k6 sorts them, aligned on one
     * layout. The raw {@code checks} metric is never listed (the checks block shows it).
     *
     * @param full whether the metrics the compact summary hides are shown
     */
    List<String> metrics(List<MetricSnapshot> snapshots, Duration testRunDuration, int indent, boolean full) {
        Map<MetricSection, List<DisplayMetric>> sections = new LinkedHashMap<>();
        for (MetricSection s : MetricSection.values()) {
            sections.put(s, new ArrayList<>());
        }
        List<DisplayMetric> all = new ArrayList<>();
        for (MetricSnapshot s : snapshots) {
            if (full ? MetricSection.hiddenInFullMode(s.name()) : MetricSection.hiddenInCompactMode(s.name())) {
                continue;
            }
            DisplayMetric m = new DisplayMetric(s.name(), s.metric().type(), s.metric().valueType(),
                    MetricValues.of(s.sink(), trendStats, testRunDuration));
            sections.get(MetricSection.of(s.name())).add(m);
            all.add(m);
        }
        ColumnLayout layout = new ColumnLayout(all, indent, trendStats, timeUnit);
        List<String> lines = new ArrayList<>();
        sections.forEach((section, metrics) -> {
            if (metrics.isEmpty()) {
                return;
            }
            lines.add(" ".repeat(indent) + ansi.bold(section.title()));
            Map<String, DisplayMetric> byName = new LinkedHashMap<>();
            metrics.forEach(m -> byName.put(m.name(), m));
            List<String> names = new ArrayList<>(byName.keySet());
            names.sort(MetricNameOrder.INSTANCE);
            for (String name : names) {
                lines.add(metricLine(byName.get(name), layout, indent));
            }
            lines.add(BREAK);
        });
        return lines;
    }

    private String metricLine(DisplayMetric m, ColumnLayout layout, int indent) {
        String display = m.displayName();
        int dots = Math.max(0, layout.maxNameWidth - Ansi.width(display) - indent + 3);
        String dotted = display + ansi.faint(".".repeat(dots) + ":", Ansi.WHITE);
        return " ".repeat(indent) + dotted + " " + (m.type() == MetricType.TREND ? trendData(m, layout)
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
}
