package io.jk6.engine.run;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.Scenario;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One running scenario's state: when it started, its own stop (the end of its duration is not
 * the test's), its counters and its progress. Thread-safe.
 */
public final class ScenarioState {

    private final Scenario scenario;
    /** Which of the test's iteration numbers this instance's are (all of them unless segmented). */
    private final ExecutionTuple iterationStripes;
    private final AtomicLong nextIteration = new AtomicLong();
    private final AtomicLong complete = new AtomicLong();
    private final AtomicLong interrupted = new AtomicLong();
    private final AtomicInteger activeVUs = new AtomicInteger();
    private volatile long startNanos;
    private volatile Instant startTime;
    private volatile boolean stopping;
    private volatile boolean done;
    private volatile boolean interruptedEarly;
    private volatile Supplier<ScenarioProgress> progress = () -> ScenarioProgress.WAITING;

    ScenarioState(Scenario scenario) {
        this.scenario = scenario;
        this.iterationStripes = scenario.executor().iterationStripes();
    }

    public Scenario scenario() {
        return scenario;
    }

    public String name() {
        return scenario.name();
    }

    /**
     * The scenario starts now, at {@code nanos} on its pool's {@link VuPool#clock() clock}
     * ({@link #startNanos()}); {@code exec.scenario.startTime} is the wall clock's now.
     */
    void markStarted(long nanos) {
        startTime = Instant.now();
        startNanos = nanos;
    }

    public boolean isStarted() {
        return startTime != null;
    }

    /** {@link System#nanoTime()} when the scenario started: arrival-rate schedules count from here. */
    public long startNanos() {
        return startNanos;
    }

    public Instant startTime() {
        return startTime == null ? Instant.now() : startTime;
    }

    /** The scenario's end: no new iterations, running ones get its graceful stop. */
    public void stop() {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }

    /**
     * The scenario ended.
     *
     * @param interrupted the test was stopped before the scenario's own end (an abort, a signal):
     *                    its progress stays where it was, as k6's bar shows it with a ✗
     */
    void markDone(boolean interrupted) {
        this.interruptedEarly = interrupted;
        done = true;
        stopping = true;
    }

    /** True when the scenario ended because the test was stopped before its own end. */
    public boolean wasInterrupted() {
        return done && interruptedEarly;
    }

    public boolean isDone() {
        return done;
    }

    long nextIteration() {
        return nextIteration.getAndIncrement();
    }

    /** The test-wide number of this instance's iteration {@code local} of the scenario (k6's {@code iterationInTest}). */
    long iterationInTest(long local) {
        return iterationStripes.globalIndex(local);
    }

    void iterationCompleted() {
        complete.incrementAndGet();
    }

    void iterationInterrupted() {
        interrupted.incrementAndGet();
    }

    public long completeIterations() {
        return complete.get();
    }

    public long interruptedIterations() {
        return interrupted.get();
    }

    void vuStarted() {
        activeVUs.incrementAndGet();
    }

    void vuFinished() {
        activeVUs.decrementAndGet();
    }

    public int activeVUs() {
        return activeVUs.get();
    }

    /** Set by the executor when it starts. */
    public void progress(Supplier<ScenarioProgress> source) {
        this.progress = source;
    }

    public ScenarioProgress progress() {
        ScenarioProgress p = progress.get();
        return done && !interruptedEarly ? new ScenarioProgress(1, p.details()) : p;
    }
}
