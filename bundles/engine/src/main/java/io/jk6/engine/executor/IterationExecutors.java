package io.jk6.engine.executor;

import io.jk6.engine.run.VuPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The ending shared by the executors that run a number of iterations within a maximum duration. */
final class IterationExecutors {

    private IterationExecutors() {
    }

    /**
     * Waits for every VU loop to finish its iterations, or for the maximum duration or a stop;
     * then gives the stragglers {@code gracefulStop} to finish their current iteration.
     */
    static void awaitDone(VuPool pool, List<Thread> threads, long deadlineNanos, Duration gracefulStop)
            throws InterruptedException {
        for (Thread t : threads) {
            while (t.isAlive() && !pool.isStopping()) {
                long left = deadlineNanos - pool.clock().nanoTime();
                if (left <= 0) {
                    break;
                }
                pool.clock().join(t, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
        }
        pool.stopScenario();
        pool.awaitOrInterrupt(threads, gracefulStop);
    }
}
