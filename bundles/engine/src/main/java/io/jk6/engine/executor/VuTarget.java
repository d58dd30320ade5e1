package io.jk6.engine.executor;

import io.jk6.engine.run.VuPool;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The number of VUs that should be looping, which idle VUs wait on. A lock and condition, not
 * polling: thousands of idle VUs must cost nothing.
 */
final class VuTarget {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile int target;
    private volatile boolean released;

    VuTarget(int initial) {
        this.target = initial;
    }

    int get() {
        return target;
    }

    void set(int value) {
        if (value == target) {
            return;
        }
        lock.lock();
        try {
            target = value;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until VU {@code index} should loop; false when the executor is ending. */
    boolean awaitAbove(int index) {
        lock.lock();
        try {
            while (index >= target && !released) {
                changed.await();
            }
            return !released;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting VU for good. */
    void release() {
        lock.lock();
        try {
            released = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The loop of VU {@code index} under a target: it iterates while its index is below the
     * target, counting as active only then, and waits (costing nothing) while above it.
     */
    static Runnable loop(VuPool pool, VuTarget target, int index) {
        return () -> {
            boolean active = false;
            try {
                while (!pool.isStopping()) {
                    if (index < target.get()) {
                        if (!active) {
                            active = true;
                            pool.vuStarted();
                        }
                        pool.iterate(index);
                    } else {
                        if (active) {
                            active = false;
                            pool.vuFinished();
                        }
                        if (!target.awaitAbove(index)) {
                            return;
                        }
                    }
                }
            } finally {
                if (active) {
                    pool.vuFinished();
                }
            }
        };
    }
}
