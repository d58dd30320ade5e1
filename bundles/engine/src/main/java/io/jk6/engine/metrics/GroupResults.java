package io.jk6.engine.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The results of one group or scenario as {@code --summary-mode full} shows them: the metrics
 * of the samples tagged with it (no sub-metrics, as in k6), its checks by name and its nested
 * groups, each in first-seen order.
 *
 * @param name    the group's own name (not its path), or the scenario's name
 * @param metrics metrics that received samples here
 * @param checks  checks run here, one per name
 * @param groups  nested groups
 */
public record GroupResults(String name, List<MetricSnapshot> metrics, List<CheckResult> checks,
        List<GroupResults> groups) {

    public GroupResults {
        Objects.requireNonNull(name, "name");
        metrics = List.copyOf(metrics);
        checks = List.copyOf(checks);
        groups = List.copyOf(groups);
    }
}
