package io.jk6.engine.config;

import io.jk6.engine.executor.ConstantVus;
import io.jk6.engine.executor.Executor;
import io.jk6.engine.executor.PerVuIterations;
import io.jk6.engine.executor.RampingVus;
import io.jk6.engine.executor.SharedIterations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenarios of a test: {@code options.scenarios}, or the one scenario {@code default} that
 * the {@code vus}/{@code duration}/{@code iterations}/{@code stages} shortcuts stand for, as k6
 * maps them.
 *
 * <p>VUs: each scenario gets VUs of its own, so the test initializes the sum of what each
 * scenario initializes up front ({@link Executor#preInitVUs()}). k6 lets scenarios whose times
 * do not overlap share VUs; jk6 does not (simpler, and a VU then always runs one scenario's
 * function with one scenario's env and tags); it costs memory for scenarios run one after the
 * other, never correctness.
 *
 * @param warnings lines to log, as k6 warns about options it ignores
 */
public record ExecutionPlan(List<Scenario> scenarios, List<String> warnings) {

    /** k6's scenario name for the shortcuts. */
    public static final String DEFAULT_SCENARIO = "default";
    public static final Duration GRACEFUL_STOP = ScenarioOptions.DEFAULT_GRACEFUL_STOP;

    public ExecutionPlan {
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
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
        return new ExecutionPlan(scenarios, warnings);
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

    /** The VUs the banner announces: every scenario's maximum, added up. */
    public int maxVUs() {
        return scenarios.stream().mapToInt(s -> s.executor().maxVUs()).sum();
    }

    /** The VUs initialized before the test starts. */
    public int preInitVUs() {
        return scenarios.stream().mapToInt(s -> s.executor().preInitVUs()).sum();
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
