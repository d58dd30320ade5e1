package io.jk6.engine.executor;

import io.jk6.engine.config.ScenarioOptions;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.List;

/** The checks executors' configs share; each adds an error naming the option, as k6 words it. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    static void vus(String scenario, int vus, List<String> errors) {
        if (vus <= 0) {
            errors.add("scenarios." + scenario + ".vus: the number of VUs must be more than 0");
        }
    }

    static void iterations(String scenario, long iterations, List<String> errors) {
        if (iterations <= 0) {
            errors.add("scenarios." + scenario + ".iterations: the number of iterations must be more than 0");
        }
    }

    static void duration(String scenario, Duration duration, List<String> errors) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            errors.add("scenarios." + scenario + ".duration: the duration must be more than 0");
        }
    }

    static void maxDuration(String scenario, Duration maxDuration, ScenarioOptions o) {
        if (maxDuration.compareTo(MIN_DURATION) < 0) {
            o.error("maxDuration", "the maxDuration should be at least " + GoDuration.format(MIN_DURATION)
                    + ", but is " + GoDuration.format(maxDuration));
        }
    }

    /** Non-negative VU counts of the arrival-rate and externally-controlled executors. */
    static void notNegative(ScenarioOptions o, String key, long value, String what) {
        if (value < 0) {
            o.error(key, "the number of " + what + " can't be negative");
        }
    }

    /** k6's shortest duration of an executor. */
    static final Duration MIN_DURATION = Duration.ofSeconds(1);
}
