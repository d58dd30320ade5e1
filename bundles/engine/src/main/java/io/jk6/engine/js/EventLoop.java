package io.jk6.engine.js;

import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One VU's event loop, as k6's: timers ({@code setTimeout}, {@code setInterval}) and callbacks
 * that other threads hand back ({@link #registerCallback()}) all run on the VU's own thread, one
 * at a time, so JS is never entered from two threads. An iteration (and the init context, setup
 * and teardown) ends when nothing is left: no timer, no callback promised and not yet run.
 *
 * <p>Promise jobs (what {@code await} and {@code .then} schedule) are not tasks here: GraalJS
 * runs them when a task's call into JS returns.
 */
public final class EventLoop {

    /** What other threads hand in: run on the loop's thread. */
    private final LinkedBlockingQueue<Runnable> handedIn = new LinkedBlockingQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final AtomicInteger promised = new AtomicInteger();
    /** Bumped by {@link #reset()}: callbacks of an earlier round are dropped, not run. */
    private final AtomicInteger round = new AtomicInteger();
    private int nextTimerId = 1;
    private long sequence;

    /**
     * Reserves a turn for work finishing on another thread (k6's {@code RegisterCallback}): the
     * loop waits until the returned consumer is called, from any thread, with the task to run
     * here. Call it on the loop's thread; call the consumer exactly once.
     */
    public Consumer<Runnable> registerCallback() {
        promised.incrementAndGet();
        int myRound = round.get();
        AtomicBoolean used = new AtomicBoolean();
        return task -> {
            if (!used.compareAndSet(false, true)) {
                throw new IllegalStateException("an event loop callback was enqueued twice");
            }
            handedIn.add(() -> {
                if (round.get() == myRound) {
                    promised.decrementAndGet();
                    task.run();
                }
            });
        };
    }

    /** Schedules {@code task} after {@code delayMillis} (every {@code delayMillis} if repeating). */
    public int addTimer(double delayMillis, boolean repeat, Runnable task) {
        // k6 and browsers: a negative, NaN or missing delay is 0
        double delay = Double.isNaN(delayMillis) || delayMillis < 0 ? 0 : delayMillis;
        long delayNanos = (long) (delay * 1_000_000);
        Timer timer = new Timer(nextTimerId++, System.nanoTime() + delayNanos, repeat ? Math.max(delayNanos, 1_000_000) : -1,
                sequence++, task);
        timers.add(timer);
        return timer.id;
    }

    public void clearTimer(int id) {
        timers.removeIf(t -> t.id == id);
    }

    /**
     * Runs tasks until none is left. An exception a task throws ends the loop and is rethrown;
     * the tasks still pending are dropped (see {@link #reset()}).
     *
     * @throws InterruptedException when the VU is stopped while it waits
     */
    public void run() throws InterruptedException {
        try {
            while (true) {
                Runnable task = handedIn.poll();
                if (task != null) {
                    task.run();
                    continue;
                }
                Timer next = timers.peek();
                long now = System.nanoTime();
                if (next != null && next.due <= now) {
                    timers.poll();
                    if (next.period > 0) {
                        // from its due time, not from now: an interval keeps its rhythm
                        // unless the VU fell a whole period behind
                        timers.add(next.following(Math.max(next.due + next.period, now), sequence++));
                    }
                    next.task.run();
                    continue;
                }
                if (next == null && promised.get() == 0) {
                    return;
                }
                task = next == null
                        ? handedIn.take()
                        : handedIn.poll(next.due - now, TimeUnit.NANOSECONDS);
                if (task != null) {
                    task.run();
                }
            }
        } catch (RuntimeException | InterruptedException e) {
            reset();
            throw e;
        }
    }

    /** Drops every timer and every callback still promised: a hard stop or an error ended the round. */
    public void reset() {
        round.incrementAndGet();
        timers.clear();
        handedIn.clear();
        promised.set(0);
    }

    private record Timer(int id, long due, long period, long sequence, Runnable task) implements Comparable<Timer> {

        Timer following(long nextDue, long nextSequence) {
            return new Timer(id, nextDue, period, nextSequence, task);
        }

        /** Earliest first; timers due at the same time run in the order they were set. */
        @Override
        public int compareTo(Timer other) {
            int byDue = Long.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
