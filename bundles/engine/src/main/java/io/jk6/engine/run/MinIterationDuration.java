package io.jk6.engine.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * k6's {@code minIterationDuration}: a complete iteration shorter than it is followed by a sleep
 * for the rest, not counted in {@code iteration_duration}, as in k6. A rule of pacing of its own,
 * apart from {@link VirtualUser}'s iteration, which only says how long it took.
 */
final class MinIterationDuration {

    /** How often a sleeping VU looks whether the test stops. */
    private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private MinIterationDuration() {
    }

    /**
     * Sleeps for what {@code min} leaves after an iteration that took {@code tookNanos}; ends early
     * when the test stops, and at once without {@code min}.
     */
    static void sleepAfter(long tookNanos, Duration min, ExecutionState execution) {
        if (min == null) {
            return;
        }
        long deadline = System.nanoTime() + min.toNanos() - tookNanos;
        try {
            long left;
            while (!execution.isStopping() && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, CHECK_NANOS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
