package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code constant-vus}: a fixed number of VUs loop for a duration. In a segmented test the
 * instance runs its share of the VUs ({@link ExecutionTuple#scale}).
 */
public record ConstantVus(int vus, Duration duration, Duration gracefulStop, ExecutionTuple segment)
        implements Executor {

    public static final String TYPE = "constant-vus";

    public ConstantVus {
        segment = segment == null ? ExecutionTuple.FULL : segment;
    }

    public ConstantVus(int vus, Duration duration, Duration gracefulStop) {
        this(vus, duration, gracefulStop, ExecutionTuple.FULL);
    }

    @Override
    public ConstantVus segmented(ExecutionTuple et) {
        return new ConstantVus(vus, duration, gracefulStop, et);
    }

    @Override
    public ExecutionTuple iterationStripes() {
        return segment;
    }

    /** Every problem of the config at once, each naming the option. */
    public static List<String> validate(String scenario, int vus, Duration duration) {
        List<String> errors = new ArrayList<>();
        ConfigChecks.vus(scenario, vus, errors);
        ConfigChecks.duration(scenario, duration, errors);
        return errors;
    }

    /** k6's options and defaults: {@code vus} (1), {@code duration} (required). */
    public static ConstantVus fromOptions(ScenarioOptions o) {
        int vus = o.integer("vus", 1);
        Duration duration = o.duration("duration", null);
        Duration gracefulStop = o.gracefulStop();
        o.errors(validate(o.name(), vus, duration));
        return new ConstantVus(vus, duration == null ? Duration.ZERO : duration, gracefulStop);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxVUs() {
        return segment.scale(vus);
    }

    @Override
    public Duration maxDuration() {
        return duration.plus(gracefulStop);
    }

    @Override
    public String describe() {
        return maxVUs() + " looping VUs for " + GoDuration.format(duration) + " (gracefulStop: " + GoDuration.format(gracefulStop) + ")";
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        long start = pool.clock().nanoTime();
        long deadline = start + duration.toNanos();
        int vus = maxVUs();
        pool.scenario().progress(() -> ProgressText.timed(pool.clock().nanoTime() - start, duration,
                ProgressText.vus(vus) + "  " + ProgressText.time(pool.clock().nanoTime() - start, duration)));
        List<Thread> threads = pool.startAll(vus, index -> {
            while (!pool.isStopping() && pool.clock().nanoTime() < deadline) {
                pool.iterate(index);
            }
        });
        pool.sleepUntil(deadline);
        pool.stopScenario();
        pool.awaitOrInterrupt(threads, gracefulStop);
    }
}
