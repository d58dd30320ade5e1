package io.jk6.engine.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
    private volatile boolean stopping;

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
     * The test starts now: after every VU is initialized, before {@code setup()}. Elapsed time and
     * so every rate in the summary count from here, as in k6 (VU init is not test time).
     */
    void markStarted() {
        startNanos = System.nanoTime();
    }

    @Override
    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(elapsedNanos());
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
