package io.jk6.engine.metrics;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running aggregation behind {@link Breakdown}, fed by {@link MetricsEngine} under its lock
 * and only when the full summary asked for it. As k6's summary output does: a sample of a named
 * scenario counts for that scenario, and one tagged with a group counts for that group only
 * (not its parents) inside its scenario's tree, or inside the top-level tree for the
 * {@code default} scenario.
 */
final class BreakdownAggregate {

    private static final String GROUP_SEPARATOR = "::";
    private static final String DEFAULT_SCENARIO = "default";

    private final Node root = new Node("");
    private final Map<String, Node> scenarios = new LinkedHashMap<>();

    void add(Sample sample) {
        TagSet tags = sample.tags();
        Node tree = root;
        String scenario = tags.get("scenario");
        if (scenario != null && !scenario.equals(DEFAULT_SCENARIO)) {
            tree = scenarios.computeIfAbsent(scenario, Node::new);
            tree.add(sample);
        }
        String group = tags.get("group");
        if (group != null && !group.isEmpty()) {
            int start = group.startsWith(GROUP_SEPARATOR) ? GROUP_SEPARATOR.length() : 0;
            while (true) {
                int end = group.indexOf(GROUP_SEPARATOR, start);
                tree = tree.child(group.substring(start, end < 0 ? group.length() : end));
                if (end < 0) {
                    break;
                }
                start = end + GROUP_SEPARATOR.length();
            }
            tree.add(sample);
        }
    }

    Breakdown snapshot() {
        List<GroupResults> scenarioResults = new ArrayList<>();
        scenarios.values().forEach(s -> scenarioResults.add(s.snapshot("")));
        return new Breakdown(root.snapshot("").groups(), scenarioResults);
    }

    private static final class Node {
        final String name;
        final Map<String, MetricAggregate> metrics = new LinkedHashMap<>();
        final Map<String, long[]> checks = new LinkedHashMap<>();
        final Map<String, Node> groups = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        Node child(String groupName) {
            return groups.computeIfAbsent(groupName, Node::new);
        }

        void add(Sample sample) {
            Metric metric = sample.metric();
            metrics.computeIfAbsent(metric.name(), n -> new MetricAggregate(metric, Sink.forType(metric.type())))
                    .sink().add(sample.value());
            if (metric.name().equals(MetricsEngine.CHECKS_METRIC)) {
                String check = sample.tags().get("check");
                if (check != null) {
                    checks.computeIfAbsent(check, k -> new long[2])[sample.value() != 0 ? 0 : 1]++;
                }
            }
        }

        // groupPath: k6's path of this node's checks ("" for a scenario's own checks)
        GroupResults snapshot(String groupPath) {
            List<MetricSnapshot> metricSnapshots = new ArrayList<>();
            metrics.values().forEach(m ->
                    metricSnapshots.add(new MetricSnapshot(m.metric().name(), m.metric(), TagSet.empty(), m.sink().copy())));
            List<CheckResult> checkResults = new ArrayList<>();
            checks.forEach((check, counts) -> checkResults.add(new CheckResult(groupPath, check, counts[0], counts[1])));
            List<GroupResults> children = new ArrayList<>();
            groups.values().forEach(g -> children.add(g.snapshot(groupPath + GROUP_SEPARATOR + g.name)));
            return new GroupResults(name, metricSnapshots, checkResults, children);
        }
    }

    private record MetricAggregate(Metric metric, Sink sink) {
    }
}
