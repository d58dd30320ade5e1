package io.jk6.api.output;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How many VUs the test plans to run when, as k6's {@code output.Params.ExecutionPlan}: for an
 * output that sizes its charts or buffers for the whole test before it starts.
 *
 * <pre>{@code
 * ExecutionPlan plan = params.executionPlan();
 * dashboard.setScale(plan.maxVUs(), plan.duration());
 * }</pre>
 *
 * <p>Every scenario holds its VUs from its {@code startTime} to its end, graceful stop included,
 * which is how jk6 initializes them (k6 plans ramping executors stage by stage, jk6 plans the
 * stages' most VUs for the whole scenario): the steps change where a scenario starts or ends.
 *
 * @since 1.2
 */
@ProviderType
public interface ExecutionPlan {

    /**
     * From {@code timeOffset} after the test's start until the next step, {@code plannedVUs} VUs
     * are initialized for the scenarios running and up to {@code maxUnplannedVUs} more may be made
     * while they run (arrival-rate executors above their {@code preAllocatedVUs}), as k6's
     * {@code lib.ExecutionStep}.
     */
    record Step(Duration timeOffset, int plannedVUs, int maxUnplannedVUs) {

        public Step {
            Objects.requireNonNull(timeOffset, "timeOffset");
            if (timeOffset.isNegative() || plannedVUs < 0 || maxUnplannedVUs < 0) {
                throw new IllegalArgumentException("a step's time offset and VUs are not negative: " + timeOffset
                        + ", " + plannedVUs + ", " + maxUnplannedVUs);
            }
        }
    }

    /** The steps in time order, the first at offset 0; the last, at the plan's end, has no VUs. Empty when unknown. */
    List<Step> steps();

    /** The most VUs the test may run at once: what the banner says ({@code max}), k6's {@code GetMaxPossibleVUs}. */
    default int maxVUs() {
        return steps().stream().mapToInt(s -> s.plannedVUs() + s.maxUnplannedVUs()).max().orElse(0);
    }

    /** The most VUs initialized before they are needed, k6's {@code GetMaxPlannedVUs}. */
    default int maxPlannedVUs() {
        return steps().stream().mapToInt(Step::plannedVUs).max().orElse(0);
    }

    /** The end of the last scenario, graceful stops included: the longest the test may run. */
    default Duration duration() {
        List<Step> steps = steps();
        return steps.isEmpty() ? Duration.ZERO : steps.get(steps.size() - 1).timeOffset();
    }
}
