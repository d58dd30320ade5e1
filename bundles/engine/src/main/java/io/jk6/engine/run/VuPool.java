package io.jk6.engine.run;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The initialized VUs an executor drives. Executors start one virtual thread per VU loop and
 * call {@link #iterate(int)}; the pool keeps the counters.
 */
public final class VuPool {

    private final List<VirtualUser> vus;
    private final ExecutionState state;
    private final java.util.Map<Thread, Integer> indexOf = new java.util.concurrent.ConcurrentHashMap<>();

    VuPool(List<VirtualUser> vus, ExecutionState state) {
        this.vus = vus;
        this.state = state;
    }

    public int size() {
        return vus.size();
    }

    public ExecutionState state() {
        return state;
    }

    /** Runs one iteration on the VU at {@code index} (0-based). */
    public void iterate(int index) {
        if (vus.get(index).runIteration()) {
            state.iterationCompleted();
        } else {
            state.iterationInterrupted();
        }
    }

    /** Starts the loop of each of the first {@code count} VUs; the loop gets the VU's index. */
    public List<Thread> startAll(int count, java.util.function.IntConsumer loop) {
        List<Thread> threads = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            threads.add(start(index, () -> loop.accept(index)));
        }
        return threads;
    }

    /** Starts a VU loop on a virtual thread, counting it as active while it runs. */
    public Thread start(int index, Runnable loop) {
        return startUncounted(index, () -> {
            state.vuStarted();
            try {
                loop.run();
            } finally {
                state.vuFinished();
            }
        });
    }

    /**
     * Starts a VU loop that counts itself as active ({@link ExecutionState#vuStarted}) only
     * while it loops: a ramping VU waiting above the target is not an active VU.
     */
    public Thread startUncounted(int index, Runnable loop) {
        Thread thread = Thread.ofVirtual().name("vu-" + (index + 1)).unstarted(loop);
        indexOf.put(thread, index);
        thread.start();
        return thread;
    }

    /**
     * Waits for the VU threads to finish their iterations for at most {@code gracefulStop}; the
     * ones still running then are interrupted and their iterations count as interrupted.
     */
    public void awaitOrInterrupt(Collection<Thread> threads, Duration gracefulStop) throws InterruptedException {
        long deadline = System.nanoTime() + gracefulStop.toNanos();
        for (Thread t : threads) {
            // in slices: a script's exec.test.abort() cuts the graceful stop short
            long left;
            while (t.isAlive() && !state.isHardStopped() && (left = deadline - System.nanoTime()) > 0) {
                t.join(Duration.ofNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(20))));
            }
        }
        for (Thread t : threads) {
            Integer index = indexOf.get(t);
            if (t.isAlive() && index != null) {
                t.interrupt(); // wakes sleep() and blocking socket I/O
                try {
                    vus.get(index).jsRuntime().context().interrupt(Duration.ofSeconds(2)); // stops running JS
                } catch (java.util.concurrent.TimeoutException | IllegalStateException e) {
                    // the thread ends on its own once its blocking call returns
                }
            }
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** Sleeps until {@code deadlineNanos} or until the test is stopped, whichever comes first. */
    public void sleepUntil(long deadlineNanos) throws InterruptedException {
        while (!state.isStopping()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
    }
}
