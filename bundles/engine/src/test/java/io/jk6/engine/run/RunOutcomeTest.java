package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdResult;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which outcome, exit code and log line a run ends with: k6's precedence, the first stop winning. */
class RunOutcomeTest {

    private static final ThresholdsReport PASSING = new ThresholdsReport(List.of(judged("http_req_duration", true)),
            List.of(), false);
    private static final ThresholdsReport CROSSED = new ThresholdsReport(
            List.of(judged("http_req_duration", true), judged("checks", false), judged("http_req_failed", false)),
            List.of(), false);
    private static final ThresholdsReport UNJUDGEABLE = new ThresholdsReport(List.of(judged("checks", false)),
            List.of("invalid threshold: no metric 'htp_reqs'"), false);

    private final ExecutionState execution = new ExecutionState();

    private static MetricThresholdResults judged(String metric, boolean passed) {
        return new MetricThresholdResults(metric, metric,
                List.of(new ThresholdResult("p(95)<500", "p(95)", passed, passed ? 100 : 900, true, false)));
    }

    @Test
    void theFirstStopWinsOverLaterOnes() {
        execution.abortByScript("test aborted: enough");
        execution.stoppedBy(RunOutcome.Interrupted::new);
        execution.abortByThresholds("thresholds on metrics 'checks' were crossed; at least one has abortOnFail enabled");

        RunOutcome outcome = RunOutcome.atEnd(execution.firstStop(), CROSSED, "test marked as failed");

        assertThat(outcome).isEqualTo(new RunOutcome.ScriptAborted("test aborted: enough"));
        assertThat(outcome.exitCode()).isEqualTo(108);
    }

    @Test
    void aSignalBeforeTheScriptsAbortKeepsItsExitCode() {
        execution.stoppedBy(RunOutcome.Interrupted::new);
        execution.abortByScript("test aborted");

        assertThat(RunOutcome.atEnd(execution.firstStop(), PASSING, null).exitCode()).isEqualTo(105);
        assertThat(execution.abortReason()).as("the abort is still known").isEqualTo("test aborted");
    }

    @Test
    void theScriptsAbortLearnsWhereItWasCalledAfterItStoppedTheTest() {
        execution.abortByScript("test aborted: enough");
        execution.abortedAt("default (script.js:5:23)");

        assertThat(execution.firstStop().reason()).isEqualTo("test aborted: enough at default (script.js:5:23)");
    }

    @Test
    void aTimedOutSetupExitsWith100AndNamesTheOptionInItsHint() {
        execution.stoppedBy(() -> new RunOutcome.TimedOut(new LifecycleTimeout("setup", Duration.ofSeconds(2))));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunLog log = new RunLog(new PrintStream(err, true, StandardCharsets.UTF_8), true);

        RunOutcome outcome = RunOutcome.atEnd(execution.firstStop(), CROSSED, null);
        outcome.log(log);

        assertThat(outcome.exitCode()).isEqualTo(100);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("setup() execution timed out after 2 seconds")
                .contains("hint=\"You can increase the time limit via the setupTimeout option\"");
    }

    @Test
    void withoutAStopThresholdsThatCannotBeJudgedComeBeforeCrossedOnes() {
        assertThat(RunOutcome.atEnd(null, UNJUDGEABLE, "test marked as failed").exitCode()).isEqualTo(104);
    }

    @Test
    void crossedThresholdsNameTheirMetricsAndComeBeforeTheScriptsFail() {
        RunOutcome outcome = RunOutcome.atEnd(null, CROSSED, "test marked as failed");

        assertThat(outcome.exitCode()).isEqualTo(99);
        assertThat(outcome.reason()).isEqualTo("thresholds on metrics 'checks, http_req_failed' have been crossed");
    }

    @Test
    void aFailedMarkAloneExitsWith110AndAPassingRunWith0() {
        assertThat(RunOutcome.atEnd(null, PASSING, "test marked as failed: bad data"))
                .isEqualTo(new RunOutcome.MarkedAsFailed("test marked as failed: bad data"));
        assertThat(RunOutcome.atEnd(null, PASSING, null).exitCode()).isZero();
    }

    @Test
    void theRestApisStopExitsWith103AndSaysSo() {
        execution.stoppedBy(RunOutcome.StoppedFromRestApi::new);

        RunOutcome outcome = RunOutcome.atEnd(execution.firstStop(), PASSING, null);

        assertThat(outcome.exitCode()).isEqualTo(103);
        assertThat(outcome.reason()).isEqualTo("test run stopped from REST API");
    }
}
