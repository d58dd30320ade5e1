package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code constant-arrival-rate}: {@code rate} iterations per {@code timeUnit} for a duration,
 * started on schedule whatever the running ones do. Iteration {@code i} starts {@code i}
 * periods after the scenario's start, as in k6 (the first at once).
 *
 * <p>In a segmented test the instance has its share of {@code preAllocatedVUs} and
 * {@code maxVUs}, and starts the test's iterations striped as its {@code maxVUs} were
 * ({@link ExecutionTuple#reSegmented}), each at the time it has in the whole test: the
 * instances' starts together are the whole test's.
 */
public record ConstantArrivalRate(long rate, Duration timeUnit, Duration duration, int preAllocatedVUs, int maxVUs,
        Duration gracefulStop, ExecutionTuple segment) implements Executor {

    public static final String TYPE = "constant-arrival-rate";
    static final Duration DEFAULT_TIME_UNIT = Duration.ofSeconds(1);

    public ConstantArrivalRate {
        segment = segment == null ? ExecutionTuple.FULL : segment;
    }

    public ConstantArrivalRate(long rate, Duration timeUnit, Duration duration, int preAllocatedVUs, int maxVUs,
            Duration gracefulStop) {
        this(rate, timeUnit, duration, preAllocatedVUs, maxVUs, gracefulStop, ExecutionTuple.FULL);
    }

    @Override
    public ConstantArrivalRate segmented(ExecutionTuple et) {
        return new ConstantArrivalRate(rate, timeUnit, duration, preAllocatedVUs, maxVUs, gracefulStop, et);
    }

    @Override
    public ExecutionTuple iterationStripes() {
        return ArrivalRateVUs.iterationStripes(segment, maxVUs);
    }

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
        return segment.scale(maxVUs);
    }

    /** The {@code maxVUs} option, the whole test's. */
    public int configuredMaxVUs() {
        return maxVUs;
    }

    @Override
    public int preInitVUs() {
        return segment.scale(preAllocatedVUs);
    }

    /** k6 counts pre-allocated VUs as active: they wait for iterations to start. */
    @Override
    public int initialVUs() {
        return preInitVUs();
    }

    @Override
    public Duration maxDuration() {
        return duration.plus(gracefulStop);
    }

    /** Iterations per second: this instance's share (as k6, by its share of {@code maxVUs}). */
    double perSecond() {
        return rate * 1e9 / timeUnit.toNanos() * maxVUs() / Math.max(1, maxVUs);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%.2f iterations/s for %s (%s, gracefulStop: %s)", perSecond(),
                GoDuration.format(duration), ArrivalRateVUs.describe(preInitVUs(), maxVUs()),
                GoDuration.format(gracefulStop));
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        ArrivalRateLoop loop = new ArrivalRateLoop(pool, maxVUs());
        long start = pool.scenario().startNanos();
        String iters = ProgressText.rate(perSecond());
        pool.scenario().progress(() -> ProgressText.timed(pool.clock().nanoTime() - start, duration,
                ProgressText.vus(loop.busyVUs(), loop.vus()) + "  " + ProgressText.time(pool.clock().nanoTime() - start, duration)
                        + "  " + iters));
        loop.run(schedule(), duration.toNanos(), gracefulStop);
    }

    /** The start times: the test's iteration {@code i} starts {@code i} periods in; this instance's are its stripes. */
    ArrivalRateLoop.Schedule schedule() {
        if (!hasWork()) {
            return () -> -1; // a segment without VUs of the scenario starts none of its iterations
        }
        double period = (double) timeUnit.toNanos() / rate;
        ExecutionTuple stripes = iterationStripes();
        long[] next = {0};
        return () -> (long) (stripes.globalIndex(next[0]++) * period);
    }
}
