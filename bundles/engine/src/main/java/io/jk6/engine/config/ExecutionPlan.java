package io.jk6.engine.config;

import io.jk6.engine.executor.ConstantVus;
import io.jk6.engine.executor.Executor;
import io.jk6.engine.executor.PerVuIterations;
import io.jk6.engine.executor.RampingVus;
import io.jk6.engine.executor.SharedIterations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Maps the {@code vus}/{@code duration}/{@code iterations}/{@code stages} shortcuts onto an executor, as k6 does. */
public final class ExecutionPlan {

    /** k6's scenario name for the shortcuts. */
    public static final String DEFAULT_SCENARIO = "default";
    public static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private ExecutionPlan() {
    }

    /**
     * @throws ConfigException listing every problem, each naming its option
     */
    public static Executor executor(OptionLayer options) throws ConfigException {
        List<String> errors = new ArrayList<>();
        int vus = options.vus() == null ? 1 : options.vus();
        String s = DEFAULT_SCENARIO;
        Executor executor = null;
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
            errors.addAll(ConstantVus.validate(s, vus, options.duration()));
            executor = new ConstantVus(vus, options.duration(), GRACEFUL_STOP);
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
}
