package io.jk6.engine.executor;

import io.jk6.engine.config.K6Duration;
import io.jk6.engine.run.VuPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** {@code shared-iterations}: VUs share a fixed number of iterations, within a maximum duration. */
public record SharedIterations(int vus, long iterations, Duration maxDuration, Duration gracefulStop) implements Executor {

    public static final String TYPE = "shared-iterations";
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(10);

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

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxVUs() {
        return vus;
    }

    @Override
    public Duration maxDuration() {
        return maxDuration.plus(gracefulStop);
    }

    @Override
    public String describe() {
        return iterations + " iterations shared among " + vus + " VUs (maxDuration: " + K6Duration.format(maxDuration)
                + ", gracefulStop: " + K6Duration.format(gracefulStop) + ")";
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + maxDuration.toNanos();
        AtomicLong started = new AtomicLong();
        List<Thread> threads = pool.startAll(vus, index -> {
            while (!pool.state().isStopping() && System.nanoTime() < deadline
                    && started.getAndIncrement() < iterations) {
                pool.iterate(index);
            }
        });
        IterationExecutors.awaitDone(pool, threads, deadline, gracefulStop);
    }
}
