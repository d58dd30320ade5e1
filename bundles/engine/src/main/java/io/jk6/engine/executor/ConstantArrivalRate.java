package io.jk6.engine.executor;

import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code constant-arrival-rate}: {@code rate} iterations per {@code timeUnit} for a duration,
 * started on schedule whatever the running ones do. Iteration {@code i} starts {@code i}
 * periods after the scenario's start, as in k6 (the first at once).
 */
public record ConstantArrivalRate(long rate, Duration timeUnit, Duration duration, int preAllocatedVUs, int maxVUs,
        Duration gracefulStop) implements Executor {

    public static final String TYPE = "constant-arrival-rate";
    static final Duration DEFAULT_TIME_UNIT = Duration.ofSeconds(1);

    /**
     * k6's options and defaults: {@code rate}, {@code duration} and {@code preAllocatedVUs}
     * (required), {@code timeUnit} (1s), {@code maxVUs} (= preAllocatedVUs).
     */
    public static ConstantArrivalRate fromOptions(ScenarioOptions o) {
        Long rate = o.whole("rate", null);
        Duration timeUnit = o.duration("timeUnit", DEFAULT_TIME_UNIT);
        Duration duration = o.duration("duration", null);
        Integer preAllocated = o.integer("preAllocatedVUs", null);
        Integer max = o.integer("maxVUs", null);
        Duration gracefulStop = o.gracefulStop();
        if (rate == null) {
            o.error("rate", "the iteration rate isn't specified");
        } else if (rate <= 0) {
            o.error("rate", "the iteration rate must be more than 0");
        }
        if (!timeUnit.isPositive()) {
            o.error("timeUnit", "the timeUnit must be more than 0");
        }
        if (duration == null) {
            o.error("duration", "the duration is unspecified");
        } else if (duration.compareTo(ConfigChecks.MIN_DURATION) < 0) {
            o.error("duration", "the duration must be at least " + GoDuration.format(ConfigChecks.MIN_DURATION)
                    + ", but is " + GoDuration.format(duration));
        }
        ArrivalRateVUs vus = ArrivalRateVUs.read(o, preAllocated, max);
        return new ConstantArrivalRate(rate == null ? 1 : rate, timeUnit, duration == null ? Duration.ZERO : duration,
                vus.preAllocated(), vus.max(), gracefulStop);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxVUs() {
        return maxVUs;
    }

    @Override
    public int preInitVUs() {
        return preAllocatedVUs;
    }

    /** k6 counts pre-allocated VUs as active: they wait for iterations to start. */
    @Override
    public int initialVUs() {
        return preAllocatedVUs;
    }

    @Override
    public Duration maxDuration() {
        return duration.plus(gracefulStop);
    }

    /** Iterations per second. */
    double perSecond() {
        return rate * 1e9 / timeUnit.toNanos();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%.2f iterations/s for %s (%s, gracefulStop: %s)", perSecond(),
                GoDuration.format(duration), ArrivalRateVUs.describe(preAllocatedVUs, maxVUs),
                GoDuration.format(gracefulStop));
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        ArrivalRateLoop loop = new ArrivalRateLoop(pool, maxVUs);
        long start = pool.scenario().startNanos();
        String iters = ProgressText.rate(perSecond());
        pool.scenario().progress(() -> ProgressText.timed(System.nanoTime() - start, duration,
                ProgressText.vus(loop.busyVUs(), loop.vus()) + "  " + ProgressText.time(System.nanoTime() - start, duration)
                        + "  " + iters));
        double period = (double) timeUnit.toNanos() / rate;
        long[] next = {0};
        loop.run(() -> (long) (next[0]++ * period), duration.toNanos(), gracefulStop);
    }
}
