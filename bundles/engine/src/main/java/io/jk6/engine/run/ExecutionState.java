package io.jk6.engine.run;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

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
    /**
     * The outcome of the first stop, made when the run ends: a script's abort learns its call
     * site after it stopped the test.
     */
    private final AtomicReference<Supplier<RunOutcome>> firstStop = new AtomicReference<>();
    private volatile boolean stopping;
    private volatile boolean hardStop;
    private volatile boolean started;
    private volatile Instant scenarioStart = Instant.now();
    private volatile java.util.List<ScenarioState> scenarios = java.util.List.of();
    private volatile ExecutionStatus status = ExecutionStatus.CREATED;
    /** Pause and resume (REST API, {@code --paused}): a lock and condition, so waiting VUs cost nothing. */
    private final ReentrantLock pauseLock = new ReentrantLock();
    private final Condition resumed = pauseLock.newCondition();
    private volatile boolean paused;
    private volatile long pauseStartNanos;
    /** Test time spent paused, ended pauses only. */
    private volatile long pausedNanos;

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
        wakePaused();
    }

    /**
     * The script aborted the test ({@code exec.test.abort()}): stop now, without a graceful
     * stop, as k6 cancels the test run's context. The first reason wins.
     *
     * @param reason k6's text, {@code test aborted[: <reason>]}
     */
    public void abortByScript(String reason) {
        abortReason.compareAndSet(null, reason);
        stoppedBy(() -> new RunOutcome.ScriptAborted(abortMessage()));
        hardStop = true;
        stopping = true;
        wakePaused();
    }

    /**
     * A threshold with {@code abortOnFail} failed: stop now, as a script's abort does, but it is
     * not the script's abort (no exit 108; teardown still runs).
     *
     * @param message k6's line naming the thresholds
     */
    public void abortByThresholds(String message) {
        stoppedBy(() -> new RunOutcome.ThresholdsAborted(message));
        hardStop = true;
        stopping = true;
        wakePaused();
    }

    /**
     * Records why the test stops unless it was stopped before (the first stop wins); does not
     * stop it: each caller stops it its own way (gracefully or not).
     */
    void stoppedBy(Supplier<RunOutcome> outcome) {
        firstStop.compareAndSet(null, outcome);
    }

    /** True once something stopped the test before its planned end (an abort, a signal, an output). */
    public boolean stoppedEarly() {
        return firstStop.get() != null;
    }

    /** The outcome of the test's first stop, or null while nothing stopped it. */
    RunOutcome firstStop() {
        Supplier<RunOutcome> stop = firstStop.get();
        return stop == null ? null : stop.get();
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

    /** Test time: since {@link #markStarted()}, without the time the test spent paused (as k6 counts it). */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos - pausedNanos();
    }

    /** Where the run is in its life (the REST API's {@code status}). */
    public ExecutionStatus status() {
        return status;
    }

    void status(ExecutionStatus newStatus) {
        this.status = newStatus;
    }

    /** True while paused: no new iteration starts. */
    public boolean isPaused() {
        return paused;
    }

    /**
     * Pauses: iterations running finish, no new one starts until {@link #resume()}; paused time
     * does not count as test time.
     *
     * @throws IllegalStateException when already paused (k6's message)
     */
    public void pause() {
        pauseLock.lock();
        try {
            if (paused) {
                throw new IllegalStateException("test execution was already paused");
            }
            pauseStartNanos = System.nanoTime();
            paused = true;
        } finally {
            pauseLock.unlock();
        }
    }

    /** @throws IllegalStateException when not paused (k6's message) */
    public void resume() {
        pauseLock.lock();
        try {
            if (!paused) {
                throw new IllegalStateException("test execution wasn't paused");
            }
            if (started) {
                pausedNanos += System.nanoTime() - Math.max(pauseStartNanos, startNanos);
            }
            paused = false;
            resumed.signalAll();
        } finally {
            pauseLock.unlock();
        }
    }

    /** Test time spent paused so far, the pause going on included. Lock-free: read on every elapsed time. */
    public long pausedNanos() {
        long total = pausedNanos;
        if (paused && started) {
            total += System.nanoTime() - Math.max(pauseStartNanos, startNanos);
        }
        return total;
    }

    /**
     * Waits while the test is paused; true when it may go on, false once it is stopping (or the
     * waiting thread was interrupted, whose flag stays set). Costs a volatile read when not paused.
     */
    public boolean awaitResumed() {
        if (!paused) {
            return !stopping;
        }
        pauseLock.lock();
        try {
            while (paused && !stopping) {
                resumed.await(1, TimeUnit.SECONDS);
            }
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pauseLock.unlock();
        }
    }

    private void wakePaused() {
        pauseLock.lock();
        try {
            resumed.signalAll();
        } finally {
            pauseLock.unlock();
        }
    }
}
