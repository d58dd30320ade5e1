package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;
import io.jk6.engine.config.Stage;
import io.jk6.engine.run.VuPool;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ramping-arrival-rate}: the start rate moves linearly from {@code startRate} through each
 * stage's {@code target} (iterations per {@code timeUnit}). Iteration {@code n} (from 1) starts
 * when the area under the rate curve reaches {@code n}, as k6 computes it.
 *
 * <p>In a segmented test the instance has its share of {@code preAllocatedVUs} and
 * {@code maxVUs}, and starts the test's iterations striped as its {@code maxVUs} were, each at
 * the time it has in the whole test (as {@link ConstantArrivalRate}).
 */
public record RampingArrivalRate(long startRate, Duration timeUnit, List<Stage> stages, int preAllocatedVUs,
        int maxVUs, Duration gracefulStop, ExecutionTuple segment) implements Executor {

    public static final String TYPE = "ramping-arrival-rate";

    public RampingArrivalRate {
        stages = List.copyOf(stages);
        segment = segment == null ? ExecutionTuple.FULL : segment;
    }

    public RampingArrivalRate(long startRate, Duration timeUnit, List<Stage> stages, int preAllocatedVUs, int maxVUs,
            Duration gracefulStop) {
        this(startRate, timeUnit, stages, preAllocatedVUs, maxVUs, gracefulStop, ExecutionTuple.FULL);
    }

    @Override
    public RampingArrivalRate segmented(ExecutionTuple et) {
        return new RampingArrivalRate(startRate, timeUnit, stages, preAllocatedVUs, maxVUs, gracefulStop, et);
    }

    @Override
    public ExecutionTuple iterationStripes() {
        return ArrivalRateVUs.iterationStripes(segment, maxVUs);
    }

    /**
     * k6's options and defaults: {@code stages} and {@code preAllocatedVUs} (required),
     * {@code startRate} (0), {@code timeUnit} (1s), {@code maxVUs} (= preAllocatedVUs).
     */
    public static RampingArrivalRate fromOptions(ScenarioOptions o) {
        long startRate = o.whole("startRate", 0L);
        Duration timeUnit = o.duration("timeUnit", ConstantArrivalRate.DEFAULT_TIME_UNIT);
        List<Stage> stages = o.stages("stages");
        Integer preAllocated = o.integer("preAllocatedVUs", null);
        Integer max = o.integer("maxVUs", null);
        Duration gracefulStop = o.gracefulStop();
        if (startRate < 0) {
            o.error("startRate", "the startRate value can't be negative");
        }
        if (!timeUnit.isPositive()) {
            o.error("timeUnit", "the timeUnit must be more than 0");
        }
        List<Stage> valid = stages == null ? List.of() : stages;
        List<String> stageErrors = new ArrayList<>(RampingVus.validate(o.name(), 0, valid));
        o.errors(stageErrors);
        ArrivalRateVUs vus = ArrivalRateVUs.read(o, preAllocated, max);
        return new RampingArrivalRate(startRate, timeUnit, valid, vus.preAllocated(), vus.max(), gracefulStop);
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

    Duration totalDuration() {
        return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public Duration maxDuration() {
        return totalDuration().plus(gracefulStop);
    }

    @Override
    public String describe() {
        long maxRate = Math.max(startRate, stages.stream().mapToLong(Stage::target).max().orElse(0));
        return String.format(Locale.ROOT, "Up to %.2f iterations/s for %s over %d stages (%s, gracefulStop: %s)",
                maxRate * 1e9 / timeUnit.toNanos() * segment.segment().share(), GoDuration.format(totalDuration()),
                stages.size(), ArrivalRateVUs.describe(preInitVUs(), maxVUs()), GoDuration.format(gracefulStop));
    }

    /** The rate, in iterations per second, {@code elapsedNanos} into the scenario. */
    double perSecondAt(long elapsedNanos) {
        double from = startRate;
        long stageStart = 0;
        for (Stage stage : stages) {
            long length = stage.duration().toNanos();
            if (elapsedNanos < stageStart + length) {
                double progress = (double) (elapsedNanos - stageStart) / length;
                return (from + (stage.target() - from) * progress) * 1e9 / timeUnit.toNanos();
            }
            from = stage.target();
            stageStart += length;
        }
        return from * 1e9 / timeUnit.toNanos();
    }

    /** The start times: in each stage, the area {@code from*x + (to-from)*x²/(2*length)} reaches the iteration's number. */
    ArrivalRateLoop.Schedule schedule() {
        if (!hasWork()) {
            return () -> -1; // a segment without VUs of the scenario starts none of its iterations
        }
        return new ArrivalRateLoop.Schedule() {
            private final double unit = timeUnit.toNanos();
            private int stage;
            private double from = startRate / unit; // iterations per nanosecond
            private double stageStart;
            private double doneBefore; // iterations due before the current stage (area so far)
            private final ExecutionTuple stripes = iterationStripes();
            private long local;
            private long n = stripes.globalIndex(0) + 1;

            @Override
            public long next() {
                while (stage < stages.size()) {
                    Stage s = stages.get(stage);
                    double length = s.duration().toNanos();
                    double to = s.target() / unit;
                    double area = length * (from + to) / 2;
                    double want = n - doneBefore;
                    if (want <= area) {
                        double x = from == to ? want / to
                                : (from * length - Math.sqrt(Math.max(0, length * (from * from * length + 2 * want * (to - from)))))
                                        / (from - to);
                        n = stripes.globalIndex(++local) + 1;
                        return (long) (stageStart + x);
                    }
                    doneBefore += area;
                    stageStart += length;
                    from = to;
                    stage++;
                }
                return -1;
            }
        };
    }

    @Override
    public void run(VuPool pool) throws InterruptedException {
        ArrivalRateLoop loop = new ArrivalRateLoop(pool, maxVUs());
        long start = pool.scenario().startNanos();
        Duration total = totalDuration();
        pool.scenario().progress(() -> {
            long elapsed = pool.clock().nanoTime() - start;
            return ProgressText.timed(elapsed, total, ProgressText.vus(loop.busyVUs(), loop.vus()) + "  "
                    + ProgressText.time(elapsed, total) + "  " + ProgressText.rate(perSecondAt(elapsed)));
        });
        loop.run(schedule(), total.toNanos(), gracefulStop);
    }
}
