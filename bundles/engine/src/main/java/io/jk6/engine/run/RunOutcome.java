package io.jk6.engine.run;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.output.OutputException;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdsReport;
import java.util.List;

/**
 * How a run ended: k6's exit code, the reason logged and k6's hint, decided once by the run
 * ({@link TestRun#outcome}, {@link TestRun#outcomeOf}) as k6's {@code errext} gives an error its
 * exit code; the CLI logs it and exits with its code, it does not rebuild it. A test stopped early
 * keeps the outcome of its first stop (k6's {@code WithAbortReasonIfNone}): Ctrl-C while a
 * script's abort winds the test down does not turn 108 into 105.
 */
public sealed interface RunOutcome {

    /** The test ran to its end and nothing failed. */
    RunOutcome PASSED = new Passed();

    /**
     * How a run that ended ended: its first stop, else what the thresholds judged at the end
     * (thresholds that could not be judged before crossed ones), else the script's
     * {@code exec.test.fail()}, else passed.
     *
     * @param firstStop  the outcome of the run's first stop, or null
     * @param judged     the thresholds judged over the whole run
     * @param failReason k6's {@code test marked as failed[: reason]}, or null
     */
    static RunOutcome atEnd(RunOutcome firstStop, ThresholdsReport judged, String failReason) {
        if (firstStop != null) {
            return firstStop;
        }
        if (!judged.errors().isEmpty()) {
            return new InvalidThresholds(judged.errors());
        }
        if (!judged.passed()) {
            return new ThresholdsCrossed(judged.metrics().stream().filter(m -> !m.passed())
                    .map(MetricThresholdResults::metricExpression).toList());
        }
        return failReason == null ? PASSED : new MarkedAsFailed(failReason);
    }

    /**
     * How a run that {@link TestRun#run} ended with {@code failure} ended: an abort in the init
     * context is the abort, not the error it travelled as.
     *
     * @param abortReason the script's {@code exec.test.abort()} reason, or null
     */
    static RunOutcome ofFailure(Exception failure, String abortReason) {
        return switch (failure) {
            case ScriptException e when abortReason != null -> new ScriptAborted(abortReason);
            case ScriptException e -> new ScriptError(e.getMessage());
            case ConfigException e -> new InvalidOptions(e.problems());
            case OutputException e -> new OutputFailed(e.getMessage());
            case InterruptedException e -> new Interrupted();
            default -> throw new IllegalArgumentException("not a failure of run(): " + failure, failure);
        };
    }

    /** k6's process exit code. */
    int exitCode();

    /** What is logged at error level, or null when nothing went wrong to say. */
    String reason();

    /** k6's {@code hint} field on the reason's line, or null. */
    default String hint() {
        return null;
    }

    /** Logs the reason (and its hint) as k6 does before it exits. */
    default void log(RunLog log) {
        if (reason() == null) {
            return;
        }
        if (hint() == null) {
            log.error(reason());
        } else {
            log.error(reason(), java.util.Map.of("hint", hint()));
        }
    }

    record Passed() implements RunOutcome {
        public int exitCode() {
            return ExitCodes.OK;
        }

        public String reason() {
            return null;
        }
    }

    /** {@code exec.test.abort()}: k6's {@code test aborted[: reason] at fn (file:line:col)}. */
    record ScriptAborted(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.SCRIPT_ABORTED;
        }
    }

    /** A signal (Ctrl-C, SIGTERM): the warning was logged when it came. */
    record Interrupted() implements RunOutcome {
        public int exitCode() {
            return ExitCodes.EXTERNAL_ABORT;
        }

        public String reason() {
            return null;
        }
    }

    /** {@code PATCH /v1/status} with {@code stopped: true}. */
    record StoppedFromRestApi() implements RunOutcome {
        public int exitCode() {
            return ExitCodes.STOPPED_FROM_REST_API;
        }

        public String reason() {
            return "test run stopped from REST API";
        }
    }

    /** {@code setup()} (100) or {@code teardown()} (101) ran out of its time. */
    record TimedOut(LifecycleTimeout timeout) implements RunOutcome {
        public int exitCode() {
            return timeout.exitCode();
        }

        public String reason() {
            return timeout.message();
        }

        @Override
        public String hint() {
            return timeout.hint();
        }
    }

    /** A threshold with {@code abortOnFail} failed during the run. */
    record ThresholdsAborted(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.THRESHOLDS_FAILED;
        }
    }

    /** Thresholds failed when judged at the end. */
    record ThresholdsCrossed(List<String> metrics) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.THRESHOLDS_FAILED;
        }

        public String reason() {
            return "thresholds on metrics '" + String.join(", ", metrics) + "' have been crossed";
        }
    }

    /**
     * Thresholds that could not be judged (an unknown metric, a wrong aggregation). Their errors
     * are logged as facts of every run, whatever its outcome: nothing more to log here.
     */
    record InvalidThresholds(List<String> errors) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.INVALID_CONFIG;
        }

        public String reason() {
            return String.join("; ", errors);
        }

        @Override
        public void log(RunLog log) {
            // logged with the run's facts (see the class comment)
        }
    }

    /**
     * {@code exec.test.fail()} and nothing worse. The reason is logged as a fact of every run that
     * the script marked as failed, whatever its outcome: nothing more to log here.
     */
    record MarkedAsFailed(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.MARKED_AS_FAILED;
        }

        @Override
        public void log(RunLog log) {
            // logged with the run's facts (see the class comment)
        }
    }

    /** An error in the init context, {@code setup()} or {@code teardown()}. */
    record ScriptError(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.SCRIPT_EXCEPTION;
        }
    }

    /** Options that cannot run, each problem on its own line. */
    record InvalidOptions(List<String> problems) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.INVALID_CONFIG;
        }

        public String reason() {
            return String.join("; ", problems);
        }

        @Override
        public void log(RunLog log) {
            problems.forEach(log::error);
        }
    }

    /** A command line jk6 cannot start from (no such script): k6 (cobra) exits with -1. */
    record BadArguments(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.USAGE;
        }
    }

    /**
     * An output stopped the test ({@code WithTestRunStop}): k6 ends the run with its error (-1).
     * The reason was logged when the output stopped the test: nothing more to log here.
     */
    record StoppedByOutput(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.GENERIC_ERROR;
        }

        @Override
        public void log(RunLog log) {
            // logged when it happened (TestRun.stopByOutput)
        }
    }

    /** An output that could not be created or started: k6 has no code of its own for it (-1). */
    record OutputFailed(String reason) implements RunOutcome {
        public int exitCode() {
            return ExitCodes.GENERIC_ERROR;
        }
    }
}
