package io.jk6.engine.cli;

import io.jk6.engine.run.RunResult;
import io.jk6.engine.summary.HandleSummaryData;
import io.jk6.engine.summary.JsonSummaryExport;
import io.jk6.engine.summary.MetricValues;
import io.jk6.engine.summary.SummaryData;
import io.jk6.engine.summary.TextSummary;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The end of a run: the summary of what it measured and its thresholds' verdict, printed and exported. */
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

    void print(PrintStream out, boolean color) {
        out.print(text(color));
        out.flush();
    }

    /** The default summary as k6 writes it to stdout. */
    String text(boolean color) {
        return TextSummary.renderForStdout(data, trendStats, timeUnit, color, full);
    }

    /** The object handed to {@code handleSummary(data)}, as JSON. */
    String handleSummaryData(boolean noColor, boolean stdoutTty, boolean stderrTty) {
        return HandleSummaryData.toJson(data, trendStats, timeUnit, noColor, stdoutTty, stderrTty);
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

    /**
     * Writes what {@code handleSummary} returned, as k6 does: {@code stdout} and {@code stderr}
     * to those streams, every other key to a file of that path (relative to the working
     * directory; its directory must exist, k6 creates none). Returns k6's error lines for the
     * outputs that could not be written; the others are written anyway.
     */
    static List<String> writeHandleSummaryResult(Map<String, byte[]> result, PrintStream out, PrintStream err,
            Path workingDirectory) {
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : result.entrySet()) {
            switch (e.getKey()) {
                case "stdout" -> {
                    out.write(e.getValue(), 0, e.getValue().length);
                    out.flush();
                }
                case "stderr" -> {
                    err.write(e.getValue(), 0, e.getValue().length);
                    err.flush();
                }
                default -> {
                    Path file = workingDirectory.resolve(e.getKey());
                    try {
                        Files.write(file, e.getValue());
                    } catch (IOException | RuntimeException x) {
                        errors.add("could not open '" + e.getKey() + "': " + describe(x));
                    }
                }
            }
        }
        return errors;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "open " + e.getMessage() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "open " + e.getMessage() + ": permission denied";
        }
        return e.getMessage();
    }

    /** Thresholds that could not be judged (unknown metric, wrong aggregation): invalid config. */
    List<String> thresholdErrors() {
        return thresholds.errors();
    }
}
