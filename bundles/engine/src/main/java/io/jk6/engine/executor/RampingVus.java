package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.config.Stage;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ramping-vus}: the number of looping VUs follows the stages, moving linearly from one
 * target to the next. As in k6, a VU the target drops below starts no new iteration and has
 * {@code gracefulRampDown} to finish the one it runs; after that the iteration is interrupted
 * (counted as interrupted) and the VU waits. A VU the target rises above again before then
 * simply goes on looping.
 *
 * <p>In a segmented test the instance's target is, at every moment, its share of the whole
 * test's ({@link ExecutionTuple#scale}): the instances' targets add up to the test's, and the
 * test's VU {@code n} is always on the same instance.
 */
public record RampingVus(int startVUs, List<Stage> stages, Duration gracefulRampDown, Duration gracefulStop,
        ExecutionTuple segment) implements Executor {

    public static final String TYPE = "ramping-vus";
    private static final long TICK_MILLIS = 20;

    public RampingVus {
        stages = List.copyOf(stages);
        segment = segment == null ? ExecutionTuple.FULL : segment;
    }

    public RampingVus(int startVUs, List<Stage> stages, Duration gracefulRampDown, Duration gracefulStop) {
        this(startVUs, stages, gracefulRampDown, gracefulStop, ExecutionTuple.FULL);
    }

    @Override
    public RampingVus segmented(ExecutionTuple et) {
        return new RampingVus(startVUs, stages, gracefulRampDown, gracefulStop, et);
    }

    @Override
    public ExecutionTuple iterationStripes() {
        return segment;
    }

    public static List<String> validate(String scenario, int startVUs, List<Stage> stages) {
        List<String> errors = new ArrayList<>();
        if (startVUs < 0) {
            errors.add("scenarios." + scenario + ".startVUs: the number of start VUs can't be negative");
        }
        if (stages.isEmpty()) {
            errors.add("scenarios." + scenario + ".stages: at least one stage is needed");
        }
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            if (s.target() < 0) {
                errors.add("scenarios." + scenario + ".stages[" + i + "].target: can't be negative");
            }
            if (s.duration().isNegative()) {
                errors.add("scenarios." + scenario + ".stages[" + i + "].duration: can't be negative");
            }
        }
        if (!stages.isEmpty() && stages.stream().allMatch(s -> s.duration().isZero())) {
            errors.add("scenarios." + scenario + ".stages: the total duration must be more than 0");
        }
        return errors;
    }

    /** k6's options and defaults: {@code startVUs} (1), {@code stages} (required), {@code gracefulRampDown} (30s). */
    public static RampingVus fromOptions(ScenarioOptions o) {
        int startVUs = o.integer("startVUs", 1);
        List<Stage> stages = o.stages("stages");
        Duration rampDown = o.duration("gracefulRampDown", ScenarioOptions.DEFAULT_GRACEFUL_STOP);
        if (rampDown.isNegative()) {
            o.error("gracefulRampDown", "the gracefulRampDown timeout can't be negative");
        }
        Duration gracefulStop = o.gracefulStop();
        o.errors(validate(o.name(), startVUs, stages == null ? List.of() : stages));
        return new RampingVus(startVUs, stages == null ? List.of() : stages, rampDown, gracefulStop);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxVUs() {
        return segment.scale(Math.max(startVUs, stages.stream().mapToInt(Stage::target).max().orElse(0)));
    }

    @Override
    public int initialVUs() {
        return segment.scale(startVUs);
    }

    private Duration totalDuration() {
        return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public Duration maxDuration() {
        return totalDuration().plus(gracefulStop);
    }

    @Override
    public String describe() {
        return "Up to " + maxVUs() + " looping VUs for " + GoDuration.format(totalDuration()) + " over " + stages.size()
                + " stages (gracefulRampDown: " + GoDuration.format(gracefulRampDown) + ", gracefulStop: "
                + GoDuration.format(gracefulStop) + ")";
    }

    /** This instance's target VU count {@code elapsed} into the scenario. */
    int targetAt(Duration elapsed) {
        return segment.scale(testTargetAt(elapsed));
    }

    /** The whole test's target VU count {@code elapsed} into the scenario. */
    private int testTargetAt(Duration elapsed) {
        int from = startVUs;
        Duration stageStart = Duration.ZERO;
        for (Stage stage : stages) {
            Duration stageEnd = stageStart.plus(stage.duration());
            if (elapsed.compareTo(stageEnd) < 0) {
                double progress = (double) elapsed.minus(stageStart).toNanos() / stage.duration().toNanos();
                return (int) Math.round(from + (stage.target() - from) * progress);
            }
            from = stage.target();
            stageStart = stageEnd;
        }
        return from;
    }

    /**
     * How many VUs may still be running an iteration {@code elapsed} into the test: the highest
     * target of the last {@code gracefulRampDown} (k6's "graceful" execution steps). VUs from this
     * index up are interrupted if they are in an iteration.
     */
    int allowedAt(Duration elapsed) {
        Duration from = elapsed.minus(gracefulRampDown);
        int allowed = Math.max(testTargetAt(elapsed), testTargetAt(from.isNegative() ? Duration.ZERO : from));
        Duration boundary = Duration.ZERO;
        for (Stage stage : stages) {
            boundary = boundary.plus(stage.duration());
            if (boundary.compareTo(from) > 0 && boundary.compareTo(elapsed) < 0) {
                allowed = Math.max(allowed, stage.target());
            }
        }
        return segment.scale(allowed);
    }

    // Runs until the scenario's VUs are all done (graceful stop included): a VU ramped down
    // shortly before the end still gets only its gracefulRampDown, as in k6.
    private void interruptRampedDown(VuPool pool, long start, int max, AtomicBoolean done) {
        try {
            while (!done.get()) {
                int allowed = allowedAt(Duration.ofNanos(pool.clock().nanoTime() - start));
                for (int i = allowed; i < max; i++) {
                    pool.interruptIteration(i);
                }
                pool.clock().sleep(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        int max = maxVUs();
        long start = pool.clock().nanoTime();
        long end = start + totalDuration().toNanos();
        VuTarget target = new VuTarget(Math.min(initialVUs(), max));
        Duration total = totalDuration();
        pool.scenario().progress(() -> ProgressText.timed(pool.clock().nanoTime() - start, total,
                ProgressText.vus(pool.scenario().activeVUs(), max) + "  " + ProgressText.time(pool.clock().nanoTime() - start, total)));
        List<Thread> threads = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            int index = i;
            threads.add(pool.startUncounted(index, VuTarget.loop(pool, target, index)));
        }
        AtomicBoolean done = new AtomicBoolean();
        Thread rampDown = Thread.ofVirtual().name("ramp-down").start(() -> interruptRampedDown(pool, start, max, done));
        try {
            while (!pool.isStopping() && pool.clock().nanoTime() < end) {
                target.set(targetAt(Duration.ofNanos(pool.clock().nanoTime() - start)));
                pool.clock().sleep(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            }
            pool.stopScenario();
            target.release();
            pool.awaitOrInterrupt(threads, gracefulStop);
        } finally {
            done.set(true);
            rampDown.interrupt();
            rampDown.join();
        }
    }
}
