package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * {@code externally-controlled}: {@code vus} VUs loop for {@code duration} (0: until the test is
 * stopped), and the number of looping VUs can be changed while it runs with {@link #setVUs(int)},
 * up to {@code maxVUs}, all of them initialized up front. k6 v2 dropped this executor with its
 * REST API; jk6 keeps it for the shell and a REST API to drive.
 *
 * <p>Not a record like the other executors: besides its options it holds the live target.
 *
 * <p>In a segmented test the instance has its share of {@code vus} and {@code maxVUs}, and
 * {@link #setVUs} takes the whole test's count and keeps this instance's share of it looping.
 */
public final class ExternallyControlled implements Executor {

    public static final String TYPE = "externally-controlled";

    /** How often the end is re-computed: a pause moves it later. */
    private static final long PAUSE_CHECK_NANOS = 50_000_000L;

    private final int vus;
    private final int maxVUs;
    private final Duration duration;
    private final Duration gracefulStop;
    private final ExecutionTuple segment;
    private final VuTarget target;

    public ExternallyControlled(int vus, int maxVUs, Duration duration, Duration gracefulStop) {
        this(vus, maxVUs, duration, gracefulStop, ExecutionTuple.FULL);
    }

    private ExternallyControlled(int vus, int maxVUs, Duration duration, Duration gracefulStop,
            ExecutionTuple segment) {
        this.vus = vus;
        this.maxVUs = maxVUs;
        this.duration = duration;
        this.gracefulStop = gracefulStop;
        this.segment = segment;
        this.target = new VuTarget(segment.scale(vus));
    }

    @Override
    public ExternallyControlled segmented(ExecutionTuple et) {
        return new ExternallyControlled(vus, maxVUs, duration, gracefulStop, et);
    }

    @Override
    public ExecutionTuple iterationStripes() {
        return segment;
    }

    /** k6 runs this executor on every instance, with or without VUs: it waits for its duration. */
    @Override
    public boolean hasWork() {
        return true;
    }

    /** The {@code vus} option: the whole test's looping VUs at the start. */
    public int vus() {
        return vus;
    }

    /** The {@code maxVUs} option, the whole test's. */
    public int configuredMaxVUs() {
        return maxVUs;
    }

    /** k6's options: {@code vus} (0), {@code maxVUs} (0, at least {@code vus}), {@code duration} (required, 0: no end). */
    public static ExternallyControlled fromOptions(ScenarioOptions o) {
        int vus = o.integer("vus", 0);
        int maxVUs = o.integer("maxVUs", 0);
        Duration duration = o.duration("duration", null);
        Duration gracefulStop = o.gracefulStop();
        ConfigChecks.notNegative(o, "vus", vus, "VUs");
        ConfigChecks.notNegative(o, "maxVUs", maxVUs, "maxVUs");
        if (maxVUs < vus) {
            o.error("maxVUs", "the number of active VUs (" + vus + ") must be less than or equal to the number of"
                    + " maxVUs (" + maxVUs + ")");
        } else if (maxVUs == 0) {
            o.error("maxVUs", "the number of maxVUs must be more than 0");
        }
        if (duration == null) {
            o.error("duration", "the duration should be specified, for infinite duration use 0");
        } else if (duration.isNegative()) {
            o.error("duration", "the duration shouldn't be negative, for infinite duration use 0");
        }
        return new ExternallyControlled(Math.max(vus, 0), Math.max(maxVUs, 0),
                duration == null ? Duration.ZERO : duration, gracefulStop);
    }

    /**
     * Changes the number of looping VUs now, the whole test's (this instance loops its share of
     * them): more start looping at once, fewer finish their iteration and wait. Thread-safe.
     *
     * @throws IllegalArgumentException when {@code count} is negative or above {@code maxVUs}
     */
    public void setVUs(int count) {
        if (count < 0 || count > maxVUs) {
            throw new IllegalArgumentException("the number of VUs must be between 0 and maxVUs (" + maxVUs + "), got "
                    + count);
        }
        target.set(segment.scale(count));
    }

    /** How long it runs; zero for no end. */
    public Duration duration() {
        return duration;
    }

    @Override
    public Duration gracefulStop() {
        return gracefulStop;
    }

    /** The number of VUs that should be looping now. */
    public int targetVUs() {
        return target.get();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxVUs() {
        return segment.scale(maxVUs);
    }

    @Override
    public int initialVUs() {
        return segment.scale(vus);
    }

    @Override
    public Duration maxDuration() {
        return duration.plus(gracefulStop);
    }

    @Override
    public String describe() {
        return "Up to " + initialVUs() + "/" + maxVUs() + " looping VUs for " + (duration.isZero() ? "an unlimited time"
                : GoDuration.format(duration)) + " (gracefulStop: " + GoDuration.format(gracefulStop) + ")";
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        long start = pool.clock().nanoTime();
        long pausedBefore = pool.state().pausedNanos();
        // the scenario's clock, which stands still while the test is paused (as k6's)
        LongSupplier elapsed = () -> pool.clock().nanoTime() - start - (pool.state().pausedNanos() - pausedBefore);
        pool.scenario().progress(() -> ProgressText.timed(elapsed.getAsLong(),
                duration.isZero() ? Duration.ofNanos(Long.MAX_VALUE) : duration,
                ProgressText.vus(pool.scenario().activeVUs(), maxVUs()) + "  " + (duration.isZero()
                        ? GoDuration.format(Duration.ofMillis(elapsed.getAsLong() / 1_000_000))
                        : ProgressText.time(elapsed.getAsLong(), duration))));
        int maxVUs = maxVUs();
        List<Thread> threads = new ArrayList<>(maxVUs);
        for (int i = 0; i < maxVUs; i++) {
            threads.add(pool.startUncounted(i, VuTarget.loop(pool, target, i)));
        }
        long durationNanos = duration.isZero() ? Long.MAX_VALUE / 4 : duration.toNanos();
        long left;
        while (!pool.isStopping() && (left = durationNanos - elapsed.getAsLong()) > 0) {
            pool.sleepUntil(pool.clock().nanoTime() + Math.min(left, PAUSE_CHECK_NANOS));
        }
        pool.stopScenario();
        target.release();
        pool.awaitOrInterrupt(threads, gracefulStop);
    }
}
