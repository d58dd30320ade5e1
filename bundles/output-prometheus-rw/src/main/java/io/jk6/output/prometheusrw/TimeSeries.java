package io.jk6.output.prometheusrw;

import java.util.List;

/**
 * One series of a remote write request with its one sample, as k6 sends them: every flush sends
 * a series' cumulative value at the time of its latest sample.
 *
 * @param labels          sorted by name, {@code __name__} among them
 * @param value           the sample's value
 * @param timestampMillis the sample's time, epoch milliseconds
 */
record TimeSeries(List<Label> labels, double value, long timestampMillis) {

    /** The name of the label holding the metric's name. */
    static final String NAME_LABEL = "__name__";

    TimeSeries {
        labels = List.copyOf(labels);
    }

    /** A label of a series. */
    record Label(String name, String value) {
    }

    /** The value of {@code __name__}. */
    String name() {
        return labels.stream().filter(label -> label.name().equals(NAME_LABEL)).findFirst()
                .map(Label::value).orElseThrow();
    }
}
