package io.jk6.engine.executor;

import io.jk6.engine.config.K6Duration;
import io.jk6.engine.run.VuPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code constant-vus}: a fixed number of VUs loop for a duration. */
public record ConstantVus(int vus, Duration duration, Duration gracefulStop) implements Executor {

    public static final String TYPE = "constant-vus";

    /** Every problem of the config at once, each naming the option. */
    public static List<String> validate(String scenario, int vus, Duration duration) {
        List<String> errors = new ArrayList<>();
        ConfigChecks.vus(scenario, vus, errors);
        ConfigChecks.duration(scenario, duration, errors);
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
        return duration.plus(gracefulStop);
    }

    @Override
    public String describe() {
        return vus + " looping VUs for " + K6Duration.format(duration) + " (gracefulStop: " + K6Duration.format(gracefulStop) + ")";
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = pool.startAll(vus, index -> {
            while (!pool.state().isStopping() && System.nanoTime() < deadline) {
                pool.iterate(index);
            }
        });
        pool.sleepUntil(deadline);
        pool.state().stop();
        pool.awaitOrInterrupt(threads, gracefulStop);
    }
}
