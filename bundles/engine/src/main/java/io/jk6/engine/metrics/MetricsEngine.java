package io.jk6.engine.metrics;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The metrics registry of one test run and the aggregation of every sample into its metric and
 * sub-metrics.
 *
 * <p>One lock guards everything. VUs call {@link #ingest} once per iteration with a batch, so
 * the lock is taken once per batch rather than once per sample, and aggregation itself is a few
 * additions per sample.
 */
public final class MetricsEngine implements MetricsRegistry {

    /** The metric k6's {@code check()} writes to. */
    public static final String CHECKS_METRIC = "checks";
    /** The metric k6's {@code group()} writes once per call, tagged with the group's path. */
    public static final String GROUP_DURATION_METRIC = "group_duration";
    /** The sub-metric k6 always tracks. */
    public static final String EXPECTED_RESPONSE_SUBMETRIC = "http_req_duration{expected_response:true}";

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    // By parent metric name, including sub-metrics whose parent does not exist yet.
    private final Map<String, List<Submetric>> submetrics = new LinkedHashMap<>();
    private final Map<CheckKey, long[]> checks = new LinkedHashMap<>();
    private final java.util.Set<String> groupPaths = new java.util.LinkedHashSet<>();
    // Only for --summary-mode full: null keeps the per-sample cost of the compact summary at one check.
    private BreakdownAggregate breakdown;

    public MetricsEngine() {
        addSubmetric(EXPECTED_RESPONSE_SUBMETRIC);
    }

    @Override
    public Metric newMetric(String name, MetricType type, ValueType valueType) {
        lock.lock();
        try {
            Entry existing = entries.get(name);
            if (existing != null) {
                Metric m = existing.metric;
                if (m.type() != type || m.valueType() != valueType) {
                    throw new IllegalArgumentException("metric '" + name + "' already exists as "
                            + describe(m.type(), m.valueType()) + ", it cannot be redefined as "
                            + describe(type, valueType));
                }
                return m;
            }
            Metric metric = new Metric(name, type, valueType);
            entries.put(name, new Entry(metric));
            for (Submetric sub : submetrics.getOrDefault(name, List.of())) {
                sub.bind(metric);
            }
            return metric;
        } finally {
            lock.unlock();
        }
    }

    private static String describe(MetricType type, ValueType valueType) {
        return "a " + type.k6Name() + (valueType == ValueType.DEFAULT ? "" : " of " + valueType.k6Name());
    }

    @Override
    public Optional<Metric> metric(String name) {
        lock.lock();
        try {
            Entry e = entries.get(name);
            return e == null ? Optional.empty() : Optional.of(e.metric);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Collection<Metric> metrics() {
        lock.lock();
        try {
            return entries.values().stream().map(e -> e.metric).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A counter's sum so far (0 when the metric is missing or not a counter): cheap enough to
     * read while the test runs, unlike a {@link #snapshot()}.
     */
    public double counterSum(String name) {
        lock.lock();
        try {
            Entry e = entries.get(name);
            return e != null && e.sink instanceof CounterSink counter ? counter.count() : 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Registers the sub-metric of a k6 expression such as {@code http_req_duration{status:200}},
     * or returns the one already registered with the same metric and tags. The parent metric
     * need not exist yet; samples are counted from the moment both exist.
     *
     * @throws IllegalArgumentException when the expression is malformed or has no tag filter
     */
    public Submetric addSubmetric(String expression) {
        MetricExpression parsed = MetricExpression.parse(expression);
        if (!parsed.isSubmetric()) {
            throw new IllegalArgumentException("'" + expression + "' has no tag filter, it is not a sub-metric");
        }
        lock.lock();
        try {
            List<Submetric> list = submetrics.computeIfAbsent(parsed.metricName(), k -> new ArrayList<>());
            for (Submetric sub : list) {
                if (sub.tags().equals(parsed.tags())) {
                    return sub;
                }
            }
            Submetric sub = new Submetric(parsed);
            Entry parent = entries.get(parsed.metricName());
            if (parent != null) {
                sub.bind(parent.metric);
            }
            list.add(sub);
            return sub;
        } finally {
            lock.unlock();
        }
    }

    /** The registered sub-metrics of a metric, in registration order. */
    public List<Submetric> submetricsOf(String metricName) {
        lock.lock();
        try {
            return List.copyOf(submetrics.getOrDefault(metricName, List.of()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * From now on also aggregates every sample by scenario and by group, for k6's full summary
     * (see {@link Breakdown}). Call it before the test starts: samples already ingested are not
     * broken down.
     */
    public void breakDownByGroupAndScenario() {
        lock.lock();
        try {
            if (breakdown == null) {
                breakdown = new BreakdownAggregate();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Aggregates a batch of samples. Thread-safe. */
    public void ingest(List<? extends SampleContainer> batch) {
        lock.lock();
        try {
            for (SampleContainer container : batch) {
                for (Sample sample : container.samples()) {
                    add(sample);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Aggregates one sample container. Thread-safe. */
    public void ingest(SampleContainer container) {
        ingest(List.of(container));
    }

    private void add(Sample sample) {
        Metric metric = sample.metric();
        Entry entry = entries.get(metric.name());
        if (entry == null) {
            // A metric made by another registry instance: adopt it rather than lose samples.
            newMetric(metric.name(), metric.type(), metric.valueType());
            entry = entries.get(metric.name());
        }
        entry.sink.add(sample.value());
        for (Submetric sub : submetrics.getOrDefault(metric.name(), List.of())) {
            if (sub.accepts(sample.tags())) {
                sub.sink().add(sample.value());
            }
        }
        if (breakdown != null) {
            breakdown.add(sample);
        }
        if (metric.name().equals(GROUP_DURATION_METRIC)) {
            String group = sample.tags().get("group");
            if (group != null) {
                groupPaths.add(group);
            }
        } else if (metric.name().equals(CHECKS_METRIC)) {
            String check = sample.tags().get("check");
            if (check != null) {
                String group = Objects.requireNonNullElse(sample.tags().get("group"), "");
                long[] counts = checks.computeIfAbsent(new CheckKey(group, check), k -> new long[2]);
                counts[sample.value() != 0 ? 0 : 1]++;
            }
        }
    }

    /**
     * Copies the current state: every metric and sub-metric that received samples, the checks,
     * and the results by group and scenario when {@link #breakDownByGroupAndScenario()} was called. Later ingestion does not change the returned snapshot.
     */
    public MetricsSnapshot snapshot() {
        lock.lock();
        try {
            List<MetricSnapshot> metrics = new ArrayList<>();
            for (Entry e : entries.values()) {
                if (!e.sink.isEmpty()) {
                    metrics.add(new MetricSnapshot(e.metric.name(), e.metric, TagSet.empty(),
                            e.sink.copy()));
                }
                for (Submetric sub : submetrics.getOrDefault(e.metric.name(), List.of())) {
                    if (sub.sink() != null && !sub.sink().isEmpty()) {
                        metrics.add(new MetricSnapshot(sub.name(), e.metric, sub.tags(), sub.sink().copy()));
                    }
                }
            }
            List<CheckResult> checkResults = new ArrayList<>();
            checks.forEach((key, counts) ->
                    checkResults.add(new CheckResult(key.group, key.name, counts[0], counts[1])));
            return new MetricsSnapshot(metrics, checkResults,
                    breakdown == null ? Breakdown.NONE : breakdown.snapshot());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The paths of the groups that ended at least once ({@code ::a}, {@code ::a::b}), in the order
     * they first did; groups holding checks are known from the checks too.
     */
    public List<String> groupPaths() {
        lock.lock();
        try {
            return List.copyOf(groupPaths);
        } finally {
            lock.unlock();
        }
    }

    private static final class Entry {
        final Metric metric;
        final Sink sink;

        Entry(Metric metric) {
            this.metric = metric;
            this.sink = Sink.forType(metric.type());
        }
    }

    private record CheckKey(String group, String name) {
    }
}
