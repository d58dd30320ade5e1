package io.jk6.engine.run;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.Scenario;
import io.jk6.engine.executor.ExternallyControlled;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What steers a test from outside its schedule, k6's {@code ControlSurface}: Ctrl-C, the REST
 * API's and the shell's stop, an output's {@code WithTestRunStop}, pause and resume, and the VUs
 * of an {@code externally-controlled} scenario. It exists apart from {@link TestRun} so that a new
 * way to steer a test (or a new rule of k6's for one) changes this class, not the scheduler.
 * Thread-safe: its callers are other threads than the run's.
 */
final class RunControl {

    private final ExecutionState execution;
    private final RunLog log;
    /** The run's scenarios once the init context planned them; null before. */
    private final Supplier<ExecutionPlan> plan;
    /** Stopped by a signal or a caller's {@link #stop}, which k6 reports as aborted. */
    private volatile boolean aborted;

    RunControl(ExecutionState execution, RunLog log, Supplier<ExecutionPlan> plan) {
        this.execution = execution;
        this.log = log;
        this.plan = plan;
    }

    /** Ctrl-C: no new iterations; running ones get their graceful stop. */
    void abort() {
        stop(new RunOutcome.Interrupted());
    }

    /**
     * Stops the test as Ctrl-C does, for a reason of the caller's (the REST API's); the test's
     * outcome is its first stop's.
     */
    void stop(RunOutcome reason) {
        if (execution.status().isFinal()) {
            return; // a test that is over keeps its outcome (a stop while it lingers changes nothing)
        }
        execution.stoppedBy(() -> reason);
        aborted = true;
        execution.stop();
    }

    /**
     * An output's {@code WithTestRunStop} callback: as Ctrl-C, with the output's reason logged
     * now, and the run's outcome when it is the first stop (k6 ends such a run with its error, -1).
     */
    void stopByOutput(Throwable reason) {
        String message = "an output stopped the test: " + (reason == null ? "no reason given" : reason.getMessage());
        log.error(message);
        execution.stoppedBy(() -> new RunOutcome.StoppedByOutput(message));
        execution.stop();
    }

    /** Stopped by a signal (Ctrl-C), a caller's stop, or by the script ({@code exec.test.abort()}). */
    boolean isAborted() {
        return aborted || execution.abortReason() != null;
    }

    /**
     * Holds a test started with {@code --paused} before its start: as k6, the test starts
     * ({@code setup()}, the clock) once resumed.
     *
     * @return false when the test was stopped while paused (it is then over, interrupted)
     */
    boolean awaitResumedIfPaused() {
        if (!execution.isPaused()) {
            return true;
        }
        execution.status(ExecutionStatus.PAUSED_BEFORE_RUN);
        log.info("the test is paused: resume it with the REST API (PATCH /v1/status) or the shell (jk6:resume)");
        if (!execution.awaitResumed()) {
            execution.status(ExecutionStatus.INTERRUPTED);
            return false;
        }
        return true;
    }

    /**
     * Changes the number of looping VUs of the test's {@code externally-controlled} scenario.
     *
     * @throws IllegalStateException    when the test has no such scenario or has not planned its scenarios yet
     * @throws IllegalArgumentException when {@code count} is negative or above the scenario's {@code maxVUs}
     */
    void setVUs(int count) {
        externallyControlled().orElseThrow(() -> new IllegalStateException(
                "an externally-controlled executor needs to be configured for live configuration updates"))
                .setVUs(count);
    }

    /** The first {@code externally-controlled} scenario's executor, once the scenarios are planned. */
    Optional<ExternallyControlled> externallyControlled() {
        ExecutionPlan p = plan.get();
        return p == null ? Optional.empty() : p.scenarios().stream().map(Scenario::executor)
                .filter(ExternallyControlled.class::isInstance).map(ExternallyControlled.class::cast).findFirst();
    }

    /**
     * Pauses or resumes the test, as k6's {@code SetPaused}: before the test has started (VUs still
     * initializing, or started with {@code --paused}) any test; once it runs, only a test whose
     * scenarios are all {@code externally-controlled} (k6's rule: only that executor can stop its
     * clock). Paused, no new iteration starts and the test's time stands still.
     *
     * @throws IllegalStateException with k6's message when the test cannot be paused or resumed
     */
    void setPaused(boolean pause) {
        ExecutionPlan p = plan.get();
        if (execution.isStarted() && p != null) {
            for (Scenario s : p.scenarios()) {
                if (!(s.executor() instanceof ExternallyControlled)) {
                    throw new IllegalStateException(s.executor().type() + " executor '" + s.name()
                            + "' doesn't support pause and resume operations after its start");
                }
            }
        }
        if (pause) {
            execution.pause();
        } else {
            execution.resume();
        }
    }
}
