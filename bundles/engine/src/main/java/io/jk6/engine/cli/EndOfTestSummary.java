package io.jk6.engine.cli;

import io.jk6.engine.js.ScriptException;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.TestRun;
import io.jk6.launcher.spi.Invocation;
import java.util.List;
import java.util.Map;

/**
 * What k6 does with the summary at the end of a test: the script's {@code handleSummary(data)}
 * when it exports one, else the default text summary on stdout. As in k6, a
 * {@code handleSummary} that throws (or returns nothing) gets the default summary printed
 * instead, and its error is logged; it never changes the exit code.
 */
final class EndOfTestSummary {

    private EndOfTestSummary() {
    }

    static void print(TestRun run, SummaryOutput summary, boolean noColor, Invocation invocation, RunLog log) {
        boolean tty = invocation.isTerminal();
        if (run.hasHandleSummary()) {
            try {
                // jk6 knows one terminal flag for both streams
                Map<String, byte[]> result = run.handleSummary(summary.handleSummaryData(noColor, tty, tty));
                if (result != null) {
                    List<String> errors = SummaryOutput.writeHandleSummaryResult(result, invocation.out(),
                            invocation.err(), invocation.workingDirectory());
                    if (!errors.isEmpty()) {
                        log.error("failed to handle the end-of-test summary: Could not save some summary information:\n\t* "
                                + String.join("\n\t* ", errors));
                    }
                    return;
                }
            } catch (ScriptException e) {
                log.error(e.getMessage(), java.util.Map.of("hint", "script exception"));
            }
        }
        summary.print(invocation.out(), tty && !noColor);
    }
}
