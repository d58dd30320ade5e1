package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.ScenarioOptions;

/** {@code preAllocatedVUs} and {@code maxVUs} of the arrival-rate executors, read and checked as k6 does. */
record ArrivalRateVUs(int preAllocated, int max) {

    static ArrivalRateVUs read(ScenarioOptions o, Integer preAllocated, Integer max) {
        int pre = preAllocated == null ? 0 : preAllocated;
        if (preAllocated == null) {
            o.error("preAllocatedVUs", "the number of preAllocatedVUs isn't specified");
        } else {
            ConfigChecks.notNegative(o, "preAllocatedVUs", pre, "preAllocatedVUs");
        }
        int m = max == null ? pre : max;
        if (max != null && max < pre) {
            o.error("maxVUs", "maxVUs can't be less than preAllocatedVUs");
        }
        if (preAllocated != null && pre >= 0 && m <= 0) {
            o.error("maxVUs", "the executor needs at least one VU: preAllocatedVUs or maxVUs must be more than 0");
        }
        return new ArrivalRateVUs(Math.max(pre, 0), Math.max(m, 0));
    }

    /**
     * Which of the test's iterations an instance starts: k6 stripes them as it shared out
     * {@code maxVUs}; the instance's own tuple when it has none of them (it then starts none).
     */
    static ExecutionTuple iterationStripes(ExecutionTuple segment, int maxVUs) {
        ExecutionTuple byVUs = segment.reSegmented(maxVUs);
        return byVUs == null ? segment : byVUs;
    }

    /** k6's {@code maxVUs: 10} or {@code maxVUs: 10-50}. */
    static String describe(int preAllocated, int max) {
        return "maxVUs: " + preAllocated + (max > preAllocated ? "-" + max : "");
    }
}
