package io.jk6.engine.config;

import io.jk6.engine.executor.ConstantVus;
import io.jk6.engine.executor.Executor;
import io.jk6.engine.executor.PerVuIterations;
import io.jk6.engine.executor.RampingVus;
import io.jk6.engine.executor.SharedIterations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The scenarios of a test: {@code options.scenarios}, or the one scenario {@code default} that
 * the {@code vus}/{@code duration}/{@code iterations}/{@code stages} shortcuts stand for, as k6
 * maps them.
 *
 * <p>VUs: as in k6, scenarios whose times do not overlap share VUs. A scenario holds its VUs
 * from its {@code startTime} to its end, graceful stop included ({@link Scenario#end()}), so the
 * test initializes up front the most VUs that scenarios running at the same time need
 * ({@link Executor#preInitVUs()} added up at the busiest moment), and a VU freed by a scenario
 * that ended runs the next one's function with that one's env and tags. k6 plans ramping
 * executors stage by stage; jk6 counts a scenario's VUs as held for its whole time, which may
 * initialize more VUs than k6, never fewer.
 *
 * <p>Segments: with {@code executionSegment} the plan is this instance's part of the test: each
 * scenario's executor is {@link Executor#segmented segmented} by the {@link ExecutionTuple}, so its
 * VUs, iterations and arrival-rate starts are this instance's share and the VU numbers it hands
 * out are the test's ({@link #segment()}); times are the whole test's.
 *
 * @param warnings lines to log, as k6 warns about options it ignores
 * @param segment  this instance's part of the test ({@link ExecutionTuple#FULL}: all of it)
 */
public record ExecutionPlan(List<Scenario> scenarios, List<String> warnings, ExecutionTuple segment) {

    /** k6's scenario name for the shortcuts. */
    public static final String DEFAULT_SCENARIO = "default";
    public static final Duration GRACEFUL_STOP = ScenarioOptions.DEFAULT_GRACEFUL_STOP;

    public ExecutionPlan {
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
    }

    public ExecutionPlan(List<Scenario> scenarios, List<String> warnings) {
        this(scenarios, warnings, ExecutionTuple.FULL);
    }

    /**
     * @throws ConfigException listing every problem, each naming its option
     */
    public static ExecutionPlan of(OptionLayer options) throws ConfigException {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        conflicts(options, errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        boolean shortcuts = options.duration() != null || options.iterations() != null
                || options.stages() != null && !options.stages().isEmpty();
        if (!shortcuts && options.scenarios() != null && !options.scenarios().isEmpty()) {
            for (Map.Entry<String, Object> e : options.scenarios().entrySet()) {
                Scenario s = Scenario.read(e.getKey(), e.getValue(), errors);
                if (s != null) {
                    scenarios.add(s);
                }
            }
            if (!errors.isEmpty()) {
                throw new ConfigException(errors);
            }
        } else {
            if (options.stages() != null && options.stages().isEmpty() && options.duration() == null
                    && options.iterations() == null) {
                warnings.add("`stages` was explicitly set to an empty value, running the script with 1 iteration in 1 VU");
            }
            if (options.scenarios() != null && options.scenarios().isEmpty() && !shortcuts) {
                warnings.add("`scenarios` was explicitly set to an empty value, running the script with 1 iteration in 1 VU");
            }
            scenarios.add(Scenario.of(DEFAULT_SCENARIO, shortcut(options)));
        }
        ExecutionTuple segment = options.test().executionTuple();
        return new ExecutionPlan(scenarios.stream().map(s -> s.withExecutor(s.executor().segmented(segment))).toList(),
                warnings, segment);
    }

    /** k6's conflicts: two of iterations, duration, stages and scenarios set together. */
    private static void conflicts(OptionLayer o, List<String> errors) {
        boolean stages = o.stages() != null && !o.stages().isEmpty();
        boolean scenarios = o.scenarios() != null;
        if (o.iterations() != null && stages) {
            errors.add("using `iterations` and `stages` options simultaneously is not allowed");
        } else if (o.iterations() != null && scenarios) {
            errors.add("using `iterations` and `scenarios` options simultaneously is not allowed");
        } else if (o.duration() != null && stages) {
            errors.add("using `duration` and `stages` options simultaneously is not allowed");
        } else if (o.duration() != null && scenarios) {
            errors.add("using `duration` and `scenarios` options simultaneously is not allowed");
        } else if (stages && scenarios) {
            errors.add("using `stages` and `scenarios` options simultaneously is not allowed");
        }
    }

    private static Executor shortcut(OptionLayer options) throws ConfigException {
        List<String> errors = new ArrayList<>();
        int vus = options.vus() == null ? 1 : options.vus();
        String s = DEFAULT_SCENARIO;
        Executor executor;
        if (options.vus() != null && options.vus() < 0) {
            errors.add("vus: the number of VUs can't be negative");
        }
        if (options.stages() != null && !options.stages().isEmpty()) {
            errors.addAll(RampingVus.validate(s, vus, options.stages()));
            executor = new RampingVus(vus, options.stages(), GRACEFUL_STOP, GRACEFUL_STOP);
        } else if (options.iterations() != null) {
            errors.addAll(SharedIterations.validate(s, vus, options.iterations()));
            Duration max = options.duration() != null ? options.duration() : SharedIterations.DEFAULT_MAX_DURATION;
            executor = new SharedIterations(vus, options.iterations(), max, GRACEFUL_STOP);
        } else if (options.duration() != null) {
            if (!options.duration().isPositive()) {
                errors.add("`duration` option should be more than 0, for infinite duration use the"
                        + " externally-controlled executor");
            }
            errors.addAll(ConstantVus.validate(s, vus, options.duration()));
            executor = new ConstantVus(vus, options.duration(), GRACEFUL_STOP);
        } else if (options.vus() != null) {
            // k6: vus alone is that many iterations shared among that many VUs
            errors.addAll(SharedIterations.validate(s, vus, vus));
            executor = new SharedIterations(vus, vus, SharedIterations.DEFAULT_MAX_DURATION, GRACEFUL_STOP);
        } else {
            errors.addAll(PerVuIterations.validate(s, vus, 1));
            executor = new PerVuIterations(vus, 1, SharedIterations.DEFAULT_MAX_DURATION, GRACEFUL_STOP);
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors.stream().map(e -> e.startsWith("scenarios.default.")
                    ? e.substring("scenarios.default.".length()) : e).distinct().toList());
        }
        return executor;
    }

    /** The VUs the banner announces (k6's max VUs): the most that scenarios at the same time may use. */
    public int maxVUs() {
        return atBusiestMoment(Executor::maxVUs);
    }

    /** The VUs initialized before the test starts: the most that scenarios at the same time need up front. */
    public int preInitVUs() {
        return atBusiestMoment(Executor::preInitVUs);
    }

    /**
     * The largest sum of {@code vus} over the scenarios running at one moment. A scenario that
     * ends when another starts hands it its VUs: at one instant, ends count before starts.
     */
    private int atBusiestMoment(ToIntFunction<Executor> vus) {
        record Change(Duration at, int vus) {
        }
        List<Change> changes = new ArrayList<>();
        for (Scenario s : scenarios) {
            int n = vus.applyAsInt(s.executor());
            changes.add(new Change(s.startTime(), n));
            changes.add(new Change(s.end(), -n));
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::vus));
        int now = 0;
        int most = 0;
        for (Change c : changes) {
            now += c.vus();
            most = Math.max(most, now);
        }
        return most;
    }

    /** The VUs looping when the test starts: those of the scenarios starting at once. */
    public int initialVUs() {
        return scenarios.stream().filter(s -> s.startTime().isZero()).mapToInt(s -> s.executor().initialVUs()).sum();
    }

    /** The end of the last scenario, graceful stops included. */
    public Duration maxDuration() {
        return scenarios.stream().map(Scenario::end).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** The only scenario, for callers (and tests) of plans of one scenario. */
    public Executor executor() {
        return scenarios.get(0).executor();
    }
}
