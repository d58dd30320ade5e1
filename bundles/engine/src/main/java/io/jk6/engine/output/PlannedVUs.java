package io.jk6.engine.output;

import io.jk6.api.output.ExecutionPlan;
import io.jk6.engine.config.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The {@link ExecutionPlan} outputs get, made from the test's scenarios as jk6 plans their VUs
 * (see {@link io.jk6.engine.config.ExecutionPlan}): each holds its {@code preInitVUs} from its
 * start time to its end, graceful stop included, and may make up to its {@code maxVUs} while it
 * runs. A step starts wherever a scenario starts or ends; its most VUs are the banner's
 * {@code max VUs} ({@link io.jk6.engine.config.ExecutionPlan#maxVUs()}).
 */
public final class PlannedVUs implements ExecutionPlan {

    private final List<Step> steps;

    private PlannedVUs(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static PlannedVUs of(io.jk6.engine.config.ExecutionPlan plan) {
        // per time offset, how the planned and unplanned VUs change there
        TreeMap<Duration, int[]> changes = new TreeMap<>();
        changes.put(Duration.ZERO, new int[2]);
        for (Scenario s : plan.scenarios()) {
            int planned = s.executor().preInitVUs();
            int unplanned = Math.max(s.executor().maxVUs() - planned, 0);
            add(changes, s.startTime(), planned, unplanned);
            add(changes, s.end(), -planned, -unplanned);
        }
        List<Step> steps = new ArrayList<>(changes.size());
        int planned = 0;
        int unplanned = 0;
        for (var change : changes.entrySet()) {
            planned += change.getValue()[0];
            unplanned += change.getValue()[1];
            steps.add(new Step(change.getKey(), planned, unplanned));
        }
        return new PlannedVUs(steps);
    }

    private static void add(TreeMap<Duration, int[]> changes, Duration at, int planned, int unplanned) {
        int[] change = changes.computeIfAbsent(at, t -> new int[2]);
        change[0] += planned;
        change[1] += unplanned;
    }

    @Override
    public List<Step> steps() {
        return steps;
    }
}
