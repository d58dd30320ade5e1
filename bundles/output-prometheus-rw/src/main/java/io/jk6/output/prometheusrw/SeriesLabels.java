package io.jk6.output.prometheusrw;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.TagSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * k6's mapping of a series (a metric and its tags) to Prometheus labels: {@code __name__} is
 * {@code k6_} + the metric's name (+ {@code _} + a suffix such as {@code total}), every tag with a
 * non-empty name and value is a label, and the labels are sorted by name as the remote write
 * specification requires.
 */
final class SeriesLabels {

    /** What every metric's name starts with, as in k6. */
    static final String PREFIX = "k6_";

    private SeriesLabels() {
    }

    /**
     * @param suffix appended after an underscore; empty for none
     */
    static List<TimeSeries.Label> of(Metric metric, TagSet tags, String suffix) {
        List<TimeSeries.Label> labels = new ArrayList<>(tags.size() + 1);
        tags.forEach((name, value) -> {
            if (!name.isEmpty() && !value.isEmpty()) {
                labels.add(new TimeSeries.Label(name, value));
            }
        });
        labels.add(new TimeSeries.Label(TimeSeries.NAME_LABEL, name(metric, suffix)));
        // a tag such as "A" sorts before "__name__", "a" after: sort as Go compares strings
        labels.sort(Comparator.comparing(TimeSeries.Label::name));
        return labels;
    }

    /** The series' name, {@code k6_<metric>[_<suffix>]}. */
    static String name(Metric metric, String suffix) {
        return PREFIX + metric.name() + (suffix.isEmpty() ? "" : "_" + suffix);
    }

    /** These labels with {@code _<suffix>} appended to {@code __name__}: one gauge of a trend's stats. */
    static List<TimeSeries.Label> withNameSuffix(List<TimeSeries.Label> labels, String suffix) {
        List<TimeSeries.Label> renamed = new ArrayList<>(labels.size());
        for (TimeSeries.Label label : labels) {
            renamed.add(label.name().equals(TimeSeries.NAME_LABEL)
                    ? new TimeSeries.Label(label.name(), label.value() + "_" + suffix) : label);
        }
        return renamed;
    }
}
