package io.jk6.api.output;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Calls a flush function every period on a background (virtual) thread, and once more on
 * {@link #stop()} (k6's {@code output.PeriodicFlusher}). Calls never overlap: a flush that takes
 * longer than the period delays the next one.
 */
public final class PeriodicFlusher {

    private final Runnable flush;
    private final Thread thread;
    private volatile boolean stopping;

    private PeriodicFlusher(Duration period, Runnable flush, String name) {
        this.flush = flush;
        long periodNanos = period.toNanos();
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> loop(periodNanos));
    }

    /**
     * Starts flushing every {@code period}.
     *
     * @param flush called on the flusher's thread; an exception it throws is printed to stderr
     *              and flushing goes on
     */
    public static PeriodicFlusher start(Duration period, Runnable flush) {
        Objects.requireNonNull(flush, "flush");
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the flush period must be positive, got " + period);
        }
        PeriodicFlusher flusher = new PeriodicFlusher(period, flush, "jk6-output-flusher");
        flusher.thread.start();
        return flusher;
    }

    /**
     * Stops the periodic calls, then flushes one last time on the flusher's thread and waits for
     * it. Calling it again does nothing.
     */
    public void stop() {
        stopping = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the last flush must still happen: wait for it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(long periodNanos) {
        long next = System.nanoTime() + periodNanos;
        while (!stopping) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue; // woken early (stop, or spuriously): look at the flag and the clock again
            }
            callFlush();
            next = System.nanoTime() + periodNanos;
        }
        callFlush();
    }

    private void callFlush() {
        try {
            flush.run();
        } catch (RuntimeException e) {
            System.err.println("output flush failed: " + e);
        }
    }
}
