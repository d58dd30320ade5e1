package io.jk6.engine.run;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters of a running test that executors update and the progress display, the {@code vus}
 * metric and modules read. All thread-safe.
 */
public final class ExecutionState implements io.jk6.api.js.ExecutionState {

    private volatile long startNanos = System.nanoTime();
    private final AtomicInteger activeVUs = new AtomicInteger();
    private final AtomicInteger initializedVUs = new AtomicInteger();
    private final AtomicLong completeIterations = new AtomicLong();
    private final AtomicLong interruptedIterations = new AtomicLong();
    private final AtomicLong scenarioIterations = new AtomicLong();
    private final AtomicReference<String> abortReason = new AtomicReference<>();
    private final AtomicReference<String> failReason = new AtomicReference<>();
    private final AtomicReference<String> abortSite = new AtomicReference<>();
    private volatile boolean stopping;
    private volatile boolean hardStop;
    private volatile boolean started;
    private volatile Instant scenarioStart = Instant.now();
    private volatile java.util.List<ScenarioState> scenarios = java.util.List.of();

    @Override
    public int activeVUs() {
        return activeVUs.get();
    }

    public void vuStarted() {
        activeVUs.incrementAndGet();
    }

    public void vuFinished() {
        activeVUs.decrementAndGet();
    }

    @Override
    public int initializedVUs() {
        return initializedVUs.get();
    }

    void vuInitialized() {
        initializedVUs.incrementAndGet();
    }

    @Override
    public long completeIterations() {
        return completeIterations.get();
    }

    @Override
    public long interruptedIterations() {
        return interruptedIterations.get();
    }

    void iterationCompleted() {
        completeIterations.incrementAndGet();
    }

    void iterationInterrupted() {
        interruptedIterations.incrementAndGet();
    }

    /** True once the test is asked to end (duration over, Ctrl-C): no new iterations start. */
    public boolean isStopping() {
        return stopping;
    }

    public void stop() {
        stopping = true;
    }

    /**
     * The script aborted the test ({@code exec.test.abort()}): stop now, without a graceful
     * stop, as k6 cancels the test run's context. The first reason wins.
     *
     * @param reason k6's text, {@code test aborted[: <reason>]}
     */
    public void abortByScript(String reason) {
        abortReason.compareAndSet(null, reason);
        hardStop = true;
        stopping = true;
    }

    /**
     * A threshold with {@code abortOnFail} failed: stop now, as a script's abort does, but it is
     * not the script's abort (no exit 108; teardown still runs).
     */
    public void abortByThresholds() {
        hardStop = true;
        stopping = true;
    }

    /** k6's {@code test aborted[: <reason>]} once the script aborted the test, else null. */
    public String abortReason() {
        return abortReason.get();
    }

    /** Where the script called {@code exec.test.abort()}: {@code fn (file:line:col)}; the first wins. */
    void abortedAt(String callSite) {
        if (callSite != null) {
            abortSite.compareAndSet(null, callSite);
        }
    }

    /**
     * k6's log line of a script's abort: {@code test aborted: <reason> at fn (file:line:col)},
     * or null when the script did not abort the test.
     */
    public String abortMessage() {
        String reason = abortReason.get();
        String site = abortSite.get();
        return reason == null || site == null ? reason : reason + " at " + site;
    }

    /** True when running iterations are to be interrupted now instead of after a graceful stop. */
    public boolean isHardStopped() {
        return hardStop;
    }

    /** The script marked the test as failed ({@code exec.test.fail()}); the first reason wins. */
    public void markFailed(String reason) {
        failReason.compareAndSet(null, reason);
    }

    /** k6's {@code test marked as failed[: <reason>]}, or null while the test is not marked. */
    public String failReason() {
        return failReason.get();
    }

    /** The test's scenarios, once they are about to start (empty before). */
    public java.util.List<ScenarioState> scenarios() {
        return scenarios;
    }

    void scenarios(java.util.List<ScenarioState> states) {
        this.scenarios = java.util.List.copyOf(states);
    }

    /** The next iteration's number in the scenario, from 0. */
    long nextScenarioIteration() {
        return scenarioIterations.getAndIncrement();
    }

    /** The scenario starts now, after {@code setup()}. */
    void markScenarioStarted() {
        scenarioStart = Instant.now();
    }

    Instant scenarioStart() {
        return scenarioStart;
    }

    /**
     * The test starts now: after every VU is initialized, before {@code setup()}. Elapsed time and
     * so every rate in the summary count from here, as in k6 (VU init is not test time).
     */
    void markStarted() {
        startNanos = System.nanoTime();
        started = true;
    }

    /** True once the test has started: every VU initialized. */
    public boolean isStarted() {
        return started;
    }

    @Override
    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(elapsedNanos());
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
