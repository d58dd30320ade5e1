package io.jk6.output.prometheusrw;

import java.util.List;

/**
 * One series of a remote write request with its one sample, as k6 sends them: every flush sends
 * a series' cumulative value at the time of its latest sample. The sample is a float or, for a
 * trend sent as a native histogram, a histogram.
 *
 * @param labels          sorted by name, {@code __name__} among them
 * @param value           the float sample's value; 0 for a histogram
 * @param timestampMillis the sample's time, epoch milliseconds
 * @param histogram       the histogram sample; null for a float sample
 */
record TimeSeries(List<Label> labels, double value, long timestampMillis, NativeHistogram.Snapshot histogram) {

    /** The name of the label holding the metric's name. */
    static final String NAME_LABEL = "__name__";

    TimeSeries {
        labels = List.copyOf(labels);
    }

    /** A series with a float sample. */
    TimeSeries(List<Label> labels, double value, long timestampMillis) {
        this(labels, value, timestampMillis, null);
    }

    /** A series with a histogram sample. */
    TimeSeries(List<Label> labels, NativeHistogram.Snapshot histogram, long timestampMillis) {
        this(labels, 0, timestampMillis, histogram);
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
