package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.run.ScenarioProgress;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code shared-iterations}: VUs share a fixed number of iterations, within a maximum duration.
 * In a segmented test the instance runs its share of the VUs, and of the iterations the share
 * its VUs are of all of them (k6 re-cuts the sequence by the VUs: {@link ExecutionTuple#reSegmented}).
 */
public record SharedIterations(int vus, long iterations, Duration maxDuration, Duration gracefulStop,
        ExecutionTuple segment) implements Executor {

    public static final String TYPE = "shared-iterations";
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(10);

    public SharedIterations {
        segment = segment == null ? ExecutionTuple.FULL : segment;
    }

    public SharedIterations(int vus, long iterations, Duration maxDuration, Duration gracefulStop) {
        this(vus, iterations, maxDuration, gracefulStop, ExecutionTuple.FULL);
    }

    @Override
    public SharedIterations segmented(ExecutionTuple et) {
        return new SharedIterations(vus, iterations, maxDuration, gracefulStop, et);
    }

    /** The iterations striped as the VUs were; this segment's own tuple when it has no VU. */
    @Override
    public ExecutionTuple iterationStripes() {
        ExecutionTuple byVUs = segment.reSegmented(vus);
        return byVUs == null ? segment : byVUs;
    }

    /** This instance's share of the iterations. */
    public long scaledIterations() {
        ExecutionTuple byVUs = segment.reSegmented(vus);
        return byVUs == null ? 0 : byVUs.scale(iterations);
    }

    @Override
    public boolean hasWork() {
        return maxVUs() > 0 && scaledIterations() > 0;
    }

    public static List<String> validate(String scenario, int vus, long iterations) {
        List<String> errors = new ArrayList<>();
        ConfigChecks.vus(scenario, vus, errors);
        ConfigChecks.iterations(scenario, iterations, errors);
        if (iterations > 0 && iterations < vus) {
            errors.add("scenarios." + scenario + ".iterations: the number of iterations (" + iterations
                    + ") can't be less than the number of VUs (" + vus + ")");
        }
        return errors;
    }

    /** k6's options and defaults: {@code vus} (1), {@code iterations} (1), {@code maxDuration} (10m). */
    public static SharedIterations fromOptions(ScenarioOptions o) {
        int vus = o.integer("vus", 1);
        long iterations = o.whole("iterations", 1L);
        Duration maxDuration = o.duration("maxDuration", DEFAULT_MAX_DURATION);
        Duration gracefulStop = o.gracefulStop();
        o.errors(validate(o.name(), vus, iterations));
        ConfigChecks.maxDuration(o.name(), maxDuration, o);
        return new SharedIterations(vus, iterations, maxDuration, gracefulStop);
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
        return maxDuration.plus(gracefulStop);
    }

    @Override
    public String describe() {
        return scaledIterations() + " iterations shared among " + maxVUs() + " VUs (maxDuration: " + GoDuration.format(maxDuration)
                + ", gracefulStop: " + GoDuration.format(gracefulStop) + ")";
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        long deadline = pool.clock().nanoTime() + maxDuration.toNanos();
        int vus = maxVUs();
        long iterations = scaledIterations();
        AtomicLong started = new AtomicLong();
        long start = pool.clock().nanoTime();
        pool.scenario().progress(() -> {
            long done = pool.scenario().completeIterations() + pool.scenario().interruptedIterations();
            return new ScenarioProgress((double) done / iterations, ProgressText.vus(vus) + "  "
                    + ProgressText.time(pool.clock().nanoTime() - start, maxDuration) + "  " + done + "/" + iterations
                    + " shared iters");
        });
        List<Thread> threads = pool.startAll(vus, index -> {
            while (!pool.isStopping() && pool.clock().nanoTime() < deadline
                    && started.getAndIncrement() < iterations) {
                pool.iterate(index);
            }
        });
        IterationExecutors.awaitDone(pool, threads, deadline, gracefulStop);
    }
}
