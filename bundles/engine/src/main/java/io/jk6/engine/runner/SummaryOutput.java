package io.jk6.engine.runner;

import io.jk6.engine.run.RunResult;
import io.jk6.engine.summary.HandleSummaryData;
import io.jk6.engine.summary.JsonSummaryExport;
import io.jk6.engine.summary.MetricValues;
import io.jk6.engine.summary.SummaryData;
import io.jk6.engine.summary.TextSummary;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The end of a run: what it measured and its thresholds' verdict, as the text summary,
 * {@code handleSummary}'s data and the {@code --summary-export} JSON.
 */
final class SummaryOutput {

    private final SummaryData data;
    private final ThresholdsReport thresholds;
    private final List<String> trendStats;
    private final String timeUnit;
    private final boolean full;

    private SummaryOutput(SummaryData data, ThresholdsReport thresholds, List<String> trendStats, String timeUnit,
            boolean full) {
        this.data = data;
        this.thresholds = thresholds;
        this.trendStats = trendStats;
        this.timeUnit = timeUnit;
        this.full = full;
    }

    static SummaryOutput of(RunResult result, List<String> trendStats) {
        return of(result, trendStats, null, false);
    }

    /**
     * @param timeUnit k6's {@code summaryTimeUnit}, or null
     * @param full     {@code --summary-mode full}
     */
    static SummaryOutput of(RunResult result, List<String> trendStats, String timeUnit, boolean full) {
        ThresholdsReport report = result.thresholds().report();
        List<String> stats = trendStats == null || trendStats.isEmpty() ? MetricValues.DEFAULT_TREND_STATS : trendStats;
        SummaryData data = SummaryData.of(result.duration(), result.thresholds().snapshot(), report);
        return new SummaryOutput(data, report, stats, timeUnit, full);
    }

    /** The default summary as k6 writes it to stdout. */
    String text(boolean color) {
        return TextSummary.renderForStdout(data, trendStats, timeUnit, color, full);
    }

    /** The object handed to {@code handleSummary(data)}, as JSON. */
    String handleSummaryData(boolean noColor, boolean stdoutTty, boolean stderrTty) {
        return HandleSummaryData.toJson(data, trendStats, timeUnit, noColor, stdoutTty, stderrTty);
    }

    /** The {@code --summary-export} JSON. */
    byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonSummaryExport.write(data, trendStats, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** Thresholds that could not be judged (unknown metric, wrong aggregation): invalid config. */
    List<String> thresholdErrors() {
        return thresholds.errors();
    }
}
