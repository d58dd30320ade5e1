package io.jk6.engine.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * A VU whose iteration is Java: it sleeps its iteration time on the rig's clock. An iteration
 * counts as interrupted when the pool cuts it (graceful stop, ramp-down) or interrupts its sleep.
 */
final class JavaVu implements PooledVu {

    private final long id;
    private final NanoClock clock;
    private final Duration iterationTime;
    private final LongConsumer onStart;
    private final Runnable onEnd;
    private volatile Thread iterating;
    private volatile boolean cut;
    private volatile boolean iterationCut;
    private int iterations;

    /**
     * @param onStart told the clock's time when an iteration starts
     * @param onEnd   told when it has ended, complete or not
     */
    JavaVu(long id, NanoClock clock, Duration iterationTime, LongConsumer onStart, Runnable onEnd) {
        this.id = id;
        this.clock = clock;
        this.iterationTime = iterationTime;
        this.onStart = onStart;
        this.onEnd = onEnd;
    }

    @Override
    public long vuId() {
        return id;
    }

    /** The iterations this VU started. */
    synchronized int iterations() {
        return iterations;
    }

    @Override
    public boolean runIteration() {
        synchronized (this) {
            iterations++;
        }
        iterating = Thread.currentThread();
        iterationCut = false;
        onStart.accept(clock.nanoTime());
        try {
            clock.sleep(iterationTime.toNanos());
            return !cut && !iterationCut;
        } catch (InterruptedException e) {
            return false; // the thread's interrupt is spent: the VU's loop goes on, as a JS VU's does
        } finally {
            iterating = null;
            onEnd.run();
        }
    }

    @Override
    public void cut() {
        cut = true;
    }

    @Override
    public boolean cutIteration(Thread thread) {
        if (iterating != thread) {
            return false;
        }
        iterationCut = true;
        return true;
    }

    @Override
    public void interruptCode(Duration wait) {
        Thread thread = iterating;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public String toString() {
        return "VU " + id + " (" + TimeUnit.NANOSECONDS.toMillis(iterationTime.toNanos()) + " ms iterations)";
    }
}
