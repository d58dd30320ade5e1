package io.jk6.engine.cli;

import io.jk6.engine.run.RunResult;
import io.jk6.engine.summary.JsonSummaryExport;
import io.jk6.engine.summary.MetricValues;
import io.jk6.engine.summary.SummaryData;
import io.jk6.engine.summary.TextSummary;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a run: thresholds judged, the summary printed, the JSON export written. */
final class SummaryOutput {

    private final SummaryData data;
    private final ThresholdsReport thresholds;
    private final List<String> trendStats;

    private SummaryOutput(SummaryData data, ThresholdsReport thresholds, List<String> trendStats) {
        this.data = data;
        this.thresholds = thresholds;
        this.trendStats = trendStats;
    }

    static SummaryOutput of(RunResult result, List<String> trendStats) {
        var snapshot = result.metrics().snapshot();
        ThresholdsReport report = result.thresholds().evaluate(result.metrics(), snapshot, result.duration());
        List<String> stats = trendStats == null || trendStats.isEmpty() ? MetricValues.DEFAULT_TREND_STATS : trendStats;
        return new SummaryOutput(SummaryData.of(result.duration(), snapshot, report), report, stats);
    }

    void print(PrintStream out, boolean color) {
        out.print(TextSummary.renderForStdout(data, trendStats, null, color));
        out.flush();
    }

    void export(Path file, boolean terminal) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            JsonSummaryExport.write(data, trendStats, os);
        }
    }

    /** Thresholds that could not be judged (unknown metric, wrong aggregation): invalid config. */
    List<String> thresholdErrors() {
        return thresholds.errors();
    }

    boolean thresholdsFailed() {
        return !thresholds.passed();
    }

    List<String> failedThresholdMetrics() {
        return thresholds.metrics().stream().filter(m -> !m.passed()).map(MetricThresholdResults::metricExpression).toList();
    }
}
