package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.run.ScenarioProgress;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code per-vu-iterations}: each VU runs the same number of iterations. k6's default: 1 VU, 1
 * iteration. In a segmented test the instance runs its share of the VUs, each all the iterations.
 */
public record PerVuIterations(int vus, long iterations, Duration maxDuration, Duration gracefulStop,
        ExecutionTuple segment) implements Executor {

    public static final String TYPE = "per-vu-iterations";

    public PerVuIterations {
        segment = segment == null ? ExecutionTuple.FULL : segment;
    }

    public PerVuIterations(int vus, long iterations, Duration maxDuration, Duration gracefulStop) {
        this(vus, iterations, maxDuration, gracefulStop, ExecutionTuple.FULL);
    }

    @Override
    public PerVuIterations segmented(ExecutionTuple et) {
        return new PerVuIterations(vus, iterations, maxDuration, gracefulStop, et);
    }

    @Override
    public ExecutionTuple iterationStripes() {
        return segment;
    }

    public static List<String> validate(String scenario, int vus, long iterations) {
        List<String> errors = new ArrayList<>();
        ConfigChecks.vus(scenario, vus, errors);
        ConfigChecks.iterations(scenario, iterations, errors);
        return errors;
    }

    /** k6's options and defaults: {@code vus} (1), {@code iterations} (1), {@code maxDuration} (10m). */
    public static PerVuIterations fromOptions(ScenarioOptions o) {
        int vus = o.integer("vus", 1);
        long iterations = o.whole("iterations", 1L);
        Duration maxDuration = o.duration("maxDuration", SharedIterations.DEFAULT_MAX_DURATION);
        Duration gracefulStop = o.gracefulStop();
        o.errors(validate(o.name(), vus, iterations));
        ConfigChecks.maxDuration(o.name(), maxDuration, o);
        return new PerVuIterations(vus, iterations, maxDuration, gracefulStop);
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
        return iterations + " iterations for each of " + maxVUs() + " VUs (maxDuration: " + GoDuration.format(maxDuration)
                + ", gracefulStop: " + GoDuration.format(gracefulStop) + ")";
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        long start = pool.clock().nanoTime();
        long deadline = start + maxDuration.toNanos();
        int vus = maxVUs();
        long total = iterations * vus;
        pool.scenario().progress(() -> {
            long done = pool.scenario().completeIterations() + pool.scenario().interruptedIterations();
            return new ScenarioProgress((double) done / total, ProgressText.vus(vus) + "  "
                    + ProgressText.time(pool.clock().nanoTime() - start, maxDuration) + "  " + done + "/" + total
                    + " iters, " + iterations + " per VU");
        });
        List<Thread> threads = pool.startAll(vus, index -> {
            for (long n = 0; n < iterations && !pool.isStopping() && pool.clock().nanoTime() < deadline; n++) {
                pool.iterate(index);
            }
        });
        IterationExecutors.awaitDone(pool, threads, deadline, gracefulStop);
    }
}
