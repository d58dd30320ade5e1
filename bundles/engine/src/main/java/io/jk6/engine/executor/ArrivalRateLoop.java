package io.jk6.engine.executor;

import io.jk6.engine.run.VuPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What both arrival-rate executors share: iterations start at the times a {@link Schedule}
 * gives, each on a free VU, whatever the running iterations do (k6's open model).
 *
 * <p>Start times are offsets from the scenario's start, computed per iteration, never by adding
 * periods to the last start: a late start does not delay the ones after it, so no drift builds
 * up. The scheduler runs on the scenario's platform thread (sleeping there is precise to tens
 * of microseconds) and hands each start to an idle VU's virtual thread, which runs the
 * iteration and goes back to the idle queue. When no VU is idle at a start time the iteration
 * is dropped ({@code dropped_iterations}, as k6) and, while under {@code maxVUs}, one more VU is
 * initialized in the background for the next ones; at {@code maxVUs} k6's warning is logged once.
 */
final class ArrivalRateLoop {

    /** The start times of the iterations, in order. */
    interface Schedule {

        /** The next iteration's start, in nanoseconds from the scenario's start; -1 when there is none. */
        long next();
    }

    private static final long STOP = -1;

    private final VuPool pool;
    private final int maxVUs;
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final List<Worker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean initializing = new AtomicBoolean();
    private final AtomicInteger vus = new AtomicInteger();
    private boolean closed;

    ArrivalRateLoop(VuPool pool, int maxVUs) {
        this.pool = pool;
        this.maxVUs = maxVUs;
    }

    /** VUs busy with an iteration now. */
    int busyVUs() {
        return Math.max(0, vus.get() - idle.size());
    }

    /** VUs the executor has (pre-allocated and initialized since). */
    int vus() {
        return vus.get();
    }

    /**
     * Starts the iterations of {@code schedule} until it ends or {@code durationNanos} after the
     * scenario's start, then gives running ones {@code gracefulStop}.
     */
    void run(Schedule schedule, long durationNanos, Duration gracefulStop) throws InterruptedException {
        for (int i = 0; i < pool.size(); i++) {
            addWorker(i);
        }
        long start = pool.scenario().startNanos();
        boolean warned = false;
        try {
            for (long offset = schedule.next(); offset >= 0 && offset < durationNanos; offset = schedule.next()) {
                if (!awaitStart(start + offset)) {
                    break;
                }
                Worker worker = idle.pollFirst();
                if (worker != null) {
                    worker.inbox.offer(offset);
                    continue;
                }
                pool.dropIteration();
                if (vus.get() + (initializing.get() ? 1 : 0) >= maxVUs) {
                    if (!warned) {
                        pool.warn("Insufficient VUs, reached " + maxVUs + " active VUs and cannot initialize more");
                        warned = true;
                    }
                } else if (initializing.compareAndSet(false, true)) {
                    Thread.ofVirtual().name("vu-init-" + pool.scenario().name()).start(this::initializeOneMore);
                }
            }
            pool.sleepUntil(start + durationNanos);
        } finally {
            pool.stopScenario();
            List<Thread> all = close();
            pool.awaitOrInterrupt(all, gracefulStop);
        }
    }

    /** Waits for {@code due}; false when the scenario or test stopped meanwhile. */
    private boolean awaitStart(long due) {
        long left;
        while ((left = due - pool.clock().nanoTime()) > 0) {
            if (pool.isStopping()) {
                return false;
            }
            try {
                pool.clock().sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !pool.isStopping();
    }

    private void initializeOneMore() {
        try {
            int index = pool.addVU();
            if (index >= 0) {
                addWorker(index);
            }
        } finally {
            initializing.set(false);
        }
    }

    private synchronized void addWorker(int index) {
        if (closed) {
            return;
        }
        Worker worker = new Worker(index);
        workers.add(worker);
        vus.incrementAndGet();
        idle.addFirst(worker);
        threads.add(pool.start(index, worker));
    }

    /** No more workers; the idle ones end, the busy ones end after their iteration. */
    private synchronized List<Thread> close() {
        closed = true;
        for (Worker w : workers) {
            w.inbox.offer(STOP);
        }
        return List.copyOf(threads);
    }

    /** One VU's loop: wait for a start, run the iteration, be idle again (most recently idle first: warm VUs). */
    private final class Worker implements Runnable {

        private final int index;
        private final BlockingQueue<Long> inbox = new ArrayBlockingQueue<>(1);

        Worker(int index) {
            this.index = index;
        }

        @Override
        public void run() {
            try {
                while (inbox.take() != STOP) {
                    pool.iterate(index);
                    if (pool.isStopping()) {
                        return;
                    }
                    idle.addFirst(this);
                }
            } catch (InterruptedException e) {
                // the graceful stop is over
            }
        }
    }
}
