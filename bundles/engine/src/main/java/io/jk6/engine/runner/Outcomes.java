package io.jk6.engine.runner;

import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestOutcome;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;

/** The engine's {@link RunOutcome} as the API tells it. */
final class Outcomes {

    private Outcomes() {
    }

    static TestOutcome of(RunOutcome outcome) {
        return new TestOutcome(outcome.exitCode(), outcome.reason(), outcome.hint());
    }

    /** Logs the outcome, as k6 does before it exits, and makes it the failure a command gets. */
    static TestFailure logged(RunOutcome outcome, RunLog log) {
        outcome.log(log);
        return new TestFailure(of(outcome));
    }

    /** A failure with k6's exit code and a reason logged as an error line. */
    static TestFailure logged(int exitCode, String reason, RunLog log) {
        log.error(reason);
        return new TestFailure(new TestOutcome(exitCode, reason, null));
    }
}
