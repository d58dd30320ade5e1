package io.jk6.engine.runner;

import io.jk6.engine.js.ScriptException;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.TestRun;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What k6 makes of the summary at the end of a test: the script's {@code handleSummary(data)}
 * result when it exports one, else the default text summary for stdout. As in k6, a
 * {@code handleSummary} that throws (or returns nothing) gets the default summary instead, and
 * its error is logged; it never changes the exit code.
 */
final class EndOfTestSummary {

    private EndOfTestSummary() {
    }

    /** By name: {@code stdout}, {@code stderr} or a file path, as k6's {@code handleSummary} returns them. */
    static Map<String, byte[]> results(TestRun run, SummaryOutput summary, boolean noColor, boolean terminal,
            RunLog log) {
        if (run.hasHandleSummary()) {
            try {
                // jk6 knows one terminal flag for both streams
                Map<String, byte[]> result = run.handleSummary(summary.handleSummaryData(noColor, terminal, terminal));
                if (result != null) {
                    return result;
                }
            } catch (ScriptException e) {
                log.error(e.getMessage(), Map.of("hint", "script exception"));
            }
        }
        return Map.of("stdout", summary.text(terminal && !noColor).getBytes(StandardCharsets.UTF_8));
    }
}
