package io.jk6.engine.run;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The VUs of one scenario, which its executor drives. Executors start one virtual thread per VU
 * loop and call {@link #iterate(int)}; the pool keeps the counters, the test's and the scenario's.
 * Arrival-rate executors may {@link #addVU() initialize more VUs} while they run. Executors tell
 * time by the pool's {@link #clock()}, so that their unit tests can run them on a faster one.
 */
public final class VuPool {

    private final List<PooledVu> vus;
    private final ExecutionState state;
    private final ScenarioState scenario;
    private final Supplier<? extends PooledVu> moreVUs;
    private final Consumer<List<Sample>> sink;
    private final Metric droppedIterations;
    private final RunLog log;
    private final NanoClock clock;
    private final Map<Thread, Integer> indexOf = new ConcurrentHashMap<>();
    private final Map<Integer, Thread> threadOf = new ConcurrentHashMap<>();

    /**
     * @param moreVUs initializes one more VU for this scenario (null when it cannot)
     * @param sink    where the pool's own samples ({@code dropped_iterations}) go
     * @param clock   the executor's time ({@link NanoClock#SYSTEM} in a run)
     */
    VuPool(List<? extends PooledVu> vus, ExecutionState state, ScenarioState scenario,
            Supplier<? extends PooledVu> moreVUs, Consumer<List<Sample>> sink, Metric droppedIterations, RunLog log,
            NanoClock clock) {
        this.vus = new CopyOnWriteArrayList<>(vus);
        this.state = state;
        this.scenario = scenario;
        this.moreVUs = moreVUs;
        this.sink = sink;
        this.droppedIterations = droppedIterations;
        this.log = log;
        this.clock = clock;
    }

    public int size() {
        return vus.size();
    }

    /** The whole test's state: counters, and its stop (Ctrl-C, the script's abort). */
    public ExecutionState state() {
        return state;
    }

    public ScenarioState scenario() {
        return scenario;
    }

    /** The time the executor schedules by; the scenario's {@link ScenarioState#startNanos() start} is on it. */
    public NanoClock clock() {
        return clock;
    }

    /** True once the scenario or the whole test is ending: no new iterations. */
    public boolean isStopping() {
        return scenario.isStopping() || state.isStopping();
    }

    /** Ends the scenario (its duration is over): its loops start no new iteration. */
    public void stopScenario() {
        scenario.stop();
    }

    /**
     * Runs one iteration on the VU at {@code index} (0-based). While the test is paused it first
     * waits to be resumed, and runs nothing when the test stops meanwhile.
     */
    public void iterate(int index) {
        if (state.isPaused() && !state.awaitResumed()) {
            return;
        }
        if (vus.get(index).runIteration()) {
            state.iterationCompleted();
            scenario.iterationCompleted();
        } else {
            state.iterationInterrupted();
            scenario.iterationInterrupted();
        }
    }

    /**
     * Initializes one more VU for the scenario (arrival-rate executors, up to their
     * {@code maxVUs}); returns its index, or -1 when it failed (the failure is logged).
     */
    public int addVU() {
        PooledVu vu = moreVUs.get();
        if (vu == null) {
            return -1;
        }
        vus.add(vu);
        return vus.size() - 1;
    }

    /**
     * The pool's VUs whose loops have ended, for the next scenario: after the executor returned,
     * all but those whose thread outlived the graceful stop and its interrupt (never reused: the
     * thread may still use the VU's JS context).
     */
    List<PooledVu> vusDone() {
        Set<Integer> busy = new HashSet<>();
        indexOf.forEach((thread, index) -> {
            if (thread.isAlive()) {
                busy.add(index);
            }
        });
        List<PooledVu> done = new ArrayList<>(vus.size());
        for (int i = 0; i < vus.size(); i++) {
            if (!busy.contains(i)) {
                done.add(vus.get(i));
            }
        }
        return done;
    }

    /** One iteration the executor could not start in time: k6's {@code dropped_iterations}. */
    public void dropIteration() {
        TagSet tags = TagSet.of(scenario.scenario().tags()).with("scenario", scenario.name());
        sink.accept(List.of(Sample.of(droppedIterations, tags, 1)));
    }

    /** A warning line in k6's format. */
    public void warn(String message) {
        log.warn(message);
    }

    /** A VU loop starts counting as active, in the test and in the scenario. */
    public void vuStarted() {
        state.vuStarted();
        scenario.vuStarted();
    }

    public void vuFinished() {
        state.vuFinished();
        scenario.vuFinished();
    }

    /** Starts the loop of each of the first {@code count} VUs; the loop gets the VU's index. */
    public List<Thread> startAll(int count, IntConsumer loop) {
        List<Thread> threads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            threads.add(start(index, () -> loop.accept(index)));
        }
        return threads;
    }

    /** Starts a VU loop on a virtual thread, counting it as active while it runs. */
    public Thread start(int index, Runnable loop) {
        return startUncounted(index, () -> {
            vuStarted();
            try {
                loop.run();
            } finally {
                vuFinished();
            }
        });
    }

    /**
     * Starts a VU loop that counts itself as active ({@link #vuStarted}) only while it loops:
     * a ramping VU waiting above the target is not an active VU.
     */
    public Thread startUncounted(int index, Runnable loop) {
        Thread thread = Thread.ofVirtual().name("vu-" + vus.get(index).vuId()).unstarted(loop);
        indexOf.put(thread, index);
        threadOf.put(index, thread);
        thread.start();
        return thread;
    }

    /**
     * Waits for the VU threads to finish their iterations for at most {@code gracefulStop}; the
     * ones still running then are interrupted and their iterations count as interrupted.
     */
    public void awaitOrInterrupt(Collection<Thread> threads, Duration gracefulStop) throws InterruptedException {
        long deadline = clock.nanoTime() + gracefulStop.toNanos();
        for (Thread t : threads) {
            // in slices: a script's exec.test.abort() cuts the graceful stop short
            long left;
            while (t.isAlive() && !state.isHardStopped() && (left = deadline - clock.nanoTime()) > 0) {
                clock.join(t, Math.min(left, TimeUnit.MILLISECONDS.toNanos(20)));
            }
        }
        for (Thread t : threads) {
            Integer index = indexOf.get(t);
            if (t.isAlive() && index != null) {
                vus.get(index).cut();
                t.interrupt(); // wakes sleep() and blocking socket I/O
                try {
                    vus.get(index).interruptCode(Duration.ofSeconds(2)); // stops running JS
                } catch (java.util.concurrent.TimeoutException | IllegalStateException e) {
                    // the thread ends on its own once its blocking call returns
                }
            }
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /**
     * Interrupts the iteration VU {@code index} runs now, if it runs one, as k6 hard-stops a VU
     * whose {@code gracefulRampDown} is over: the iteration counts as interrupted and the VU's
     * loop goes on (it may loop again when the target rises). A VU between iterations is left
     * alone.
     */
    public void interruptIteration(int index) {
        Thread thread = threadOf.get(index);
        PooledVu vu = index < vus.size() ? vus.get(index) : null;
        if (thread == null || vu == null || !vu.cutIteration(thread)) {
            return;
        }
        // off the caller's thread: interrupting running JS waits until it has stopped
        Thread.ofVirtual().name("cut-vu-" + vu.vuId()).start(() -> {
            try {
                vu.interruptCode(Duration.ofSeconds(2));
            } catch (java.util.concurrent.TimeoutException | IllegalStateException e) {
                // the iteration ends on its own once its blocking call returns
            }
        });
    }

    /** Sleeps until {@code deadlineNanos} (on the {@link #clock()}) or until the scenario or test is stopped, whichever comes first. */
    public void sleepUntil(long deadlineNanos) throws InterruptedException {
        while (!isStopping()) {
            long left = deadlineNanos - clock.nanoTime();
            if (left <= 0) {
                return;
            }
            clock.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
    }
}
