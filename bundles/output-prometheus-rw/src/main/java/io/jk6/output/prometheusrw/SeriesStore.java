package io.jk6.output.prometheusrw;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * k6's {@code tsdb}: one cumulative measure per series (metric and tags) for the whole run. Samples
 * are recorded as they arrive ({@link #record}), and a flush ({@link #drain}) sends only the series
 * they moved to a later millisecond: a series sent again at a time it was already sent at would be
 * a duplicate sample, which some receivers (Mimir) warn about. Thread-safe: the output's dispatcher
 * records while its flusher drains.
 */
final class SeriesStore {

    /**
     * Prometheus' stale marker: a NaN with this bit pattern ({@code value.StaleNaN}) ends a series
     * at once, rather than five minutes after its last sample.
     */
    static final double STALE_NAN = Double.longBitsToDouble(0x7ff0000000000002L);

    private record SeriesKey(Metric metric, TagSet tags) {
    }

    /** A series' measure and the millisecond of its latest sample. */
    private static final class Entry {
        final SeriesMeasure measure;
        long latestMillis;

        Entry(SeriesMeasure measure, long latestMillis) {
            this.measure = measure;
            this.latestMillis = latestMillis;
        }
    }

    private final List<TrendStat> trendStats;
    private final boolean nativeHistograms;
    private final Map<SeriesKey, Entry> series = new LinkedHashMap<>();
    /** The series with a sample since the last {@link #drain}. */
    private final Set<SeriesKey> updated = new LinkedHashSet<>();

    /** @param nativeHistograms trends as native histograms rather than gauges of {@code trendStats} */
    SeriesStore(List<TrendStat> trendStats, boolean nativeHistograms) {
        this.trendStats = List.copyOf(trendStats);
        this.nativeHistograms = nativeHistograms;
    }

    /** Adds the samples to their series' measures. */
    synchronized void record(List<SampleContainer> containers) {
        for (SampleContainer container : containers) {
            for (Sample sample : container.samples()) {
                SeriesKey key = new SeriesKey(sample.metric(), sample.tags());
                Entry entry = series.get(key);
                if (entry == null) {
                    entry = new Entry(SeriesMeasure.of(sample.metric(), sample.tags(), trendStats,
                            nativeHistograms), sample.timeMillis());
                    series.put(key, entry);
                    updated.add(key);
                } else if (sample.timeMillis() > entry.latestMillis) {
                    entry.latestMillis = sample.timeMillis();
                    updated.add(key);
                } else if (!updated.contains(key)) {
                    // within a millisecond already sent (or older): the receiver drops a second value
                    // at the same time as a duplicate, and a run's last samples would never arrive
                    // (a test read a count of 398 of 400); the series moves on by one millisecond
                    entry.latestMillis++;
                    updated.add(key);
                }
                entry.measure.add(sample.value());
            }
        }
    }

    /** The series to send: those with a sample since they were last sent. */
    synchronized List<TimeSeries> drain() {
        List<TimeSeries> toSend = new ArrayList<>(updated.size());
        for (SeriesKey key : updated) {
            Entry entry = series.get(key);
            toSend.addAll(entry.measure.series(entry.latestMillis));
        }
        updated.clear();
        return toSend;
    }

    /**
     * Every series seen, valued {@link #STALE_NAN} at {@code nowMillis + 1} (or after the series'
     * last value, if later): one millisecond later, as k6, so a marker never shares the millisecond
     * of the last flush's sample (the
     * receiver would drop it as a duplicate and the series would stay live five minutes). A native
     * histogram's series is ended by the same float marker, which Prometheus stores as a stale
     * histogram (k6 sends the last histogram again beside it, a duplicate).
     */
    synchronized List<TimeSeries> staleMarkers(long nowMillis) {
        List<TimeSeries> markers = new ArrayList<>(series.size());
        for (Entry entry : series.values()) {
            // after the series' last value, which may be a millisecond or two past now (above)
            long end = Math.max(nowMillis, entry.latestMillis) + 1;
            for (TimeSeries live : entry.measure.series(entry.latestMillis)) {
                markers.add(new TimeSeries(live.labels(), STALE_NAN, end));
            }
        }
        return markers;
    }
}
