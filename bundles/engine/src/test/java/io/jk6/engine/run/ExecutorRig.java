package io.jk6.engine.run;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.config.Scenario;
import io.jk6.engine.executor.ConstantArrivalRate;
import io.jk6.engine.executor.Executor;
import io.jk6.engine.executor.SharedIterations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

/**
 * Runs one executor as a run would, on the real {@link VuPool} with its threads, counters and
 * graceful stop, but with {@link JavaVu Java VUs} and a clock {@link #SPEED} times the wall
 * clock's: a unit test of an executor's schedule that takes a fraction of a second, as k6's
 * {@code lib/executor} tests run executors on a mini runner.
 *
 * <p>Times in a test are the clock's: "10 s" runs in a second of the wall clock. The
 * wall clock's jitter (a few ms on a loaded machine) is {@code SPEED} times larger on this
 * clock, so assertions on time allow for it; counts that the schedule fixes are exact.
 */
public final class ExecutorRig {

    /** How much faster than the wall clock the executors' time runs. */
    public static final int SPEED = 10;

    /** The most wall-clock time an executor may take before the test fails instead of hanging. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private final FastClock clock = new FastClock(SPEED);
    private final LongFunction<Duration> iterationTime;
    private final List<Map.Entry<Duration, Runnable>> actions = new ArrayList<>();

    /** @param iterationTime how long the iterations of VU {@code id} (1-based) take, on the rig's clock */
    private ExecutorRig(LongFunction<Duration> iterationTime) {
        this.iterationTime = iterationTime;
    }

    /** Every iteration of every VU takes {@code time}. */
    public static ExecutorRig iterationsTaking(Duration time) {
        return new ExecutorRig(id -> time);
    }

    /** The iterations of VU {@code id} (1-based) take what {@code time} says. */
    public static ExecutorRig iterationsTaking(LongFunction<Duration> time) {
        return new ExecutorRig(time);
    }

    /**
     * Runs two short executors once per JVM before the first one a test looks at: the first
     * virtual threads and the first iterations of a JVM (its classes loaded, its code still
     * interpreted) take tens of wall-clock ms, which would be a second of the rig's time and drop
     * arrival-rate iterations that a warm run starts on time.
     */
    private static void warmUp() throws InterruptedException {
        if (WARMED_UP.getAndSet(true)) {
            return;
        }
        ExecutorRig rig = iterationsTaking(Duration.ofMillis(5));
        rig.run(new SharedIterations(4, 40, Duration.ofSeconds(60), Duration.ofSeconds(30)));
        rig.run(new ConstantArrivalRate(100, Duration.ofSeconds(1), Duration.ofMillis(300), 4, 4, Duration.ofSeconds(30)));
    }

    /** Runs {@code action} {@code at} that time of the scenario's (the REST API's {@code setVUs}, a stop). */
    public ExecutorRig at(Duration at, Runnable action) {
        actions.add(Map.entry(at, action));
        return this;
    }

    /** Runs {@code executor} as the only scenario of a test, from now until it returns. */
    public Ran run(Executor executor) throws InterruptedException {
        warmUp();
        ExecutionState execution = new ExecutionState();
        ScenarioState scenario = new ScenarioState(Scenario.of("default", executor));
        List<JavaVu> vus = Collections.synchronizedList(new ArrayList<>());
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        AtomicLong dropped = new AtomicLong();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        long[] start = new long[1];
        LongFunction<JavaVu> newVu = id -> {
            JavaVu vu = new JavaVu(id, clock, iterationTime.apply(id), at -> {
                starts.add(at - start[0]);
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            }, running::decrementAndGet);
            vus.add(vu);
            return vu;
        };
        List<JavaVu> preInitialized = new ArrayList<>();
        for (int i = 1; i <= executor.preInitVUs(); i++) {
            preInitialized.add(newVu.apply(i));
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Metric droppedMetric = new Metric(BuiltinMetrics.DROPPED_ITERATIONS, MetricType.COUNTER, ValueType.DEFAULT);
        VuPool pool = new VuPool(preInitialized, execution, scenario, () -> newVu.apply(vus.size() + 1),
                samples -> samples.stream().mapToDouble(Sample::value).forEach(v -> dropped.addAndGet((long) v)),
                droppedMetric, new RunLog(new PrintStream(log, true, StandardCharsets.UTF_8), false), clock);
        runBounded(executor, pool, execution, () -> {
            start[0] = clock.nanoTime();
            scenario.markStarted(start[0]);
            startActions(start[0]);
        });
        Duration took = Duration.ofNanos(clock.nanoTime() - start[0]);
        List<Integer> perVu;
        synchronized (vus) {
            perVu = vus.stream().map(JavaVu::iterations).toList();
        }
        List<Duration> startTimes;
        synchronized (starts) {
            startTimes = starts.stream().sorted().map(Duration::ofNanos).toList();
        }
        return new Ran(scenario.completeIterations(), scenario.interruptedIterations(), dropped.get(), perVu,
                startTimes, mostRunning.get(), execution.activeVUs(), took, log.toString(StandardCharsets.UTF_8));
    }

    private void startActions(long start) {
        List<Map.Entry<Duration, Runnable>> inOrder = actions.stream().sorted(Map.Entry.comparingByKey()).toList();
        if (inOrder.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("rig-actions").start(() -> {
            try {
                for (Map.Entry<Duration, Runnable> action : inOrder) {
                    clock.sleep(start + action.getKey().toNanos() - clock.nanoTime());
                    action.getValue().run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Runs the executor on its own thread, as a run does, the scenario marked started there just
     * before (the thread's start would otherwise be tens of ms of the rig's time); one that has
     * not returned within {@link #BOUND} fails the test.
     */
    private static void runBounded(Executor executor, VuPool pool, ExecutionState execution, Runnable markStarted)
            throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread scenario = Thread.ofPlatform().daemon().name("scenario-default").start(() -> {
            try {
                markStarted.run();
                executor.run(pool);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        scenario.join(BOUND);
        if (scenario.isAlive()) {
            execution.stop();
            scenario.interrupt();
            throw new AssertionError(executor.describe() + " did not return within " + BOUND + " of the wall clock");
        }
        if (failure.get() != null) {
            throw new AssertionError(executor.describe() + " failed", failure.get());
        }
    }

    /**
     * What the executor did.
     *
     * @param iterationsPerVu the iterations each VU started, in the order the VUs were made
     * @param starts          when each iteration started, from the scenario's start, in order
     * @param mostRunning     the most iterations that ran at once
     * @param activeVUsAfter  the test's active VUs once the executor returned
     * @param took            from the scenario's start until the executor returned
     * @param log             the warnings the executor logged
     */
    public record Ran(long complete, long interrupted, long dropped, List<Integer> iterationsPerVu,
            List<Duration> starts, int mostRunning, long activeVUsAfter, Duration took, String log) {

        /** The VUs the executor used, those it initialized while it ran too. */
        public int vusMade() {
            return iterationsPerVu.size();
        }

        /** Iterations started in [from, to) of the scenario's time. */
        public long startedBetween(Duration from, Duration to) {
            return starts.stream().filter(s -> s.compareTo(from) >= 0 && s.compareTo(to) < 0).count();
        }

        @Override
        public String toString() {
            return "complete " + complete + ", interrupted " + interrupted + ", dropped " + dropped + ", per VU "
                    + iterationsPerVu + ", most running " + mostRunning + ", took "
                    + TimeUnit.NANOSECONDS.toMillis(took.toNanos()) + " ms; log: " + log;
        }
    }
}
