package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SeriesStoreTest {

    private static final Metric ORDERS = new Metric("orders", MetricType.COUNTER, ValueType.DEFAULT);
    private static final Metric VUS = new Metric("vus", MetricType.GAUGE, ValueType.DEFAULT);
    private static final Metric CHECKS = new Metric("checks", MetricType.RATE, ValueType.DEFAULT);
    private static final TagSet SHOP_A = TagSet.of("shop", "a");
    private static final TagSet SHOP_B = TagSet.of("shop", "b");

    private final SeriesStore store = new SeriesStore(TrendStat.parse(List.of("p(99)")), false);

    private static List<SampleContainer> samples(Sample... samples) {
        return List.of(SampleContainer.of(List.of(samples)));
    }

    /** A push: the samples recorded, then drained, as the output's dispatcher and flusher do. */
    private static List<TimeSeries> sent(SeriesStore store, List<SampleContainer> samples) {
        store.record(samples);
        return store.drain();
    }

    private static String show(TimeSeries series) {
        return series.name() + series.labels().stream().filter(l -> !l.name().equals(TimeSeries.NAME_LABEL))
                .map(l -> l.name() + "=" + l.value()).toList() + " " + series.value() + " @" + series.timestampMillis();
    }

    @Test
    void valuesAreCumulativeAndStampedWithTheLatestSample() {
        assertThat(sent(store, samples(new Sample(ORDERS, SHOP_A, 1000, 2), new Sample(ORDERS, SHOP_A, 1005, 3),
                new Sample(VUS, TagSet.empty(), 1001, 7), new Sample(VUS, TagSet.empty(), 1002, 4),
                new Sample(CHECKS, TagSet.empty(), 1000, 1), new Sample(CHECKS, TagSet.empty(), 1000, 0),
                new Sample(CHECKS, TagSet.empty(), 1000, 1), new Sample(CHECKS, TagSet.empty(), 1000, 1))))
                .map(SeriesStoreTest::show).containsExactly(
                        "k6_orders_total[shop=a] 5.0 @1005",
                        "k6_vus[] 4.0 @1002",
                        "k6_checks_rate[] 0.75 @1000");

        assertThat(sent(store, samples(new Sample(ORDERS, SHOP_A, 2000, 10))))
                .map(SeriesStoreTest::show).containsExactly("k6_orders_total[shop=a] 15.0 @2000");
    }

    /**
     * The output records each batch on the dispatcher's thread as it arrives while its flusher
     * drains: every sample counts, and a drain sends each series it saw move once.
     */
    @Test
    void samplesRecordedWhileAnotherThreadDrainsAreAllCounted() {
        int batches = 2_000;
        int perBatch = 100;
        CompletableFuture<Void> recording = CompletableFuture.runAsync(() -> {
            for (int b = 0; b < batches; b++) {
                List<Sample> batch = new ArrayList<>(perBatch);
                for (int i = 0; i < perBatch; i++) {
                    batch.add(new Sample(ORDERS, (i % 2 == 0) ? SHOP_A : SHOP_B, 1000 + b, 1));
                }
                store.record(List.of(SampleContainer.of(batch)));
            }
        });
        List<TimeSeries> last = new ArrayList<>();
        while (!recording.isDone()) {
            List<TimeSeries> drained = store.drain();
            assertThat(drained).as("one series per shop at most").hasSizeLessThanOrEqualTo(2);
            last.addAll(drained);
        }
        recording.join();
        last.addAll(store.drain());

        double total = last.stream().filter(t -> t.labels().stream().anyMatch(l -> l.value().equals("a")))
                .mapToDouble(TimeSeries::value).max().orElse(0)
                + last.stream().filter(t -> t.labels().stream().anyMatch(l -> l.value().equals("b")))
                .mapToDouble(TimeSeries::value).max().orElse(0);
        assertThat(total).isEqualTo(batches * perBatch);
    }

    @Test
    void onlySeriesWithANewSampleAreSentAgain() {
        sent(store, samples(new Sample(ORDERS, SHOP_A, 1000, 1), new Sample(ORDERS, SHOP_B, 1000, 1)));

        assertThat(sent(store, samples(new Sample(ORDERS, SHOP_B, 1001, 1))))
                .map(SeriesStoreTest::show).containsExactly("k6_orders_total[shop=b] 2.0 @1001");
        assertThat(sent(store, samples(new Sample(ORDERS, SHOP_A, 1002, 1))))
                .map(SeriesStoreTest::show).containsExactly("k6_orders_total[shop=a] 2.0 @1002");
    }

    @Test
    void aSampleWithinAMillisecondAlreadySentIsSentOneMillisecondLater() {
        sent(store, samples(new Sample(ORDERS, SHOP_A, 1000, 1)));

        // at 1000 again the receiver would drop it as a duplicate, and Prometheus would keep 1
        assertThat(sent(store, samples(new Sample(ORDERS, SHOP_A, 1000, 1), new Sample(ORDERS, SHOP_A, 999, 1))))
                .map(SeriesStoreTest::show).containsExactly("k6_orders_total[shop=a] 3.0 @1001");
        assertThat(sent(store, samples(new Sample(ORDERS, SHOP_A, 1001, 1))))
                .map(SeriesStoreTest::show).containsExactly("k6_orders_total[shop=a] 4.0 @1002");
        assertThat(store.staleMarkers(1000)).map(TimeSeries::timestampMillis)
                .as("the end comes after the series' last value").containsExactly(1003L);
    }

    @Test
    void staleMarkersEndEverySeriesOneMillisecondAfterNow() {
        Metric wait = new Metric("wait", MetricType.TREND, ValueType.TIME);
        SeriesStore twoStats = new SeriesStore(TrendStat.parse(List.of("p(99)", "max")), false);
        sent(twoStats, samples(new Sample(ORDERS, SHOP_A, 1000, 1), new Sample(wait, TagSet.empty(), 1000, 5)));

        List<TimeSeries> markers = twoStats.staleMarkers(5000);

        assertThat(markers).map(TimeSeries::name).containsExactly("k6_orders_total", "k6_wait_p99", "k6_wait_max");
        assertThat(markers).allSatisfy(marker -> {
            assertThat(Double.doubleToRawLongBits(marker.value())).isEqualTo(0x7ff0000000000002L);
            assertThat(marker.timestampMillis()).isEqualTo(5001);
        });
    }

    @Test
    void trendsAsNativeHistogramsAreOneSeriesNamedAfterTheirUnitTimesInSeconds() {
        Metric wait = new Metric("wait", MetricType.TREND, ValueType.TIME);
        Metric size = new Metric("size", MetricType.TREND, ValueType.DATA);
        Metric score = new Metric("score", MetricType.TREND, ValueType.DEFAULT);
        SeriesStore histograms = new SeriesStore(TrendStat.parse(List.of("p(99)", "max")), true);

        List<TimeSeries> sent = sent(histograms, samples(new Sample(wait, SHOP_A, 1000, 250),
                new Sample(wait, SHOP_A, 1001, 1000), new Sample(size, TagSet.empty(), 1000, 1024),
                new Sample(score, TagSet.empty(), 1000, 3), new Sample(ORDERS, SHOP_A, 1000, 1)));

        assertThat(sent).map(SeriesStoreTest::show).containsExactly("k6_wait_seconds[shop=a] 0.0 @1001",
                "k6_size_bytes[] 0.0 @1000", "k6_score[] 0.0 @1000", "k6_orders_total[shop=a] 1.0 @1000");
        NativeHistogram.Snapshot waits = sent.get(0).histogram();
        assertThat(waits.count()).isEqualTo(2);
        assertThat(waits.sum()).as("seconds").isEqualTo(1.25);
        assertThat(waits.positive()).as("0.25 s in bucket -16, 1 s in bucket 0").isEqualTo(new NativeHistogram.Buckets(
                List.of(new NativeHistogram.Span(-16, 1), new NativeHistogram.Span(15, 1)), List.of(1L, 0L)));
        assertThat(sent.get(1).histogram().sum()).as("bytes stay bytes").isEqualTo(1024);
        assertThat(sent.get(3).histogram()).as("other metrics are floats as before").isNull();

        List<TimeSeries> markers = histograms.staleMarkers(5000);
        assertThat(markers).map(TimeSeries::name).containsExactly("k6_wait_seconds", "k6_size_bytes", "k6_score",
                "k6_orders_total");
        assertThat(markers).allSatisfy(marker -> {
            assertThat(marker.histogram()).as("a float stale marker ends a histogram series too").isNull();
            assertThat(Double.doubleToRawLongBits(marker.value())).isEqualTo(0x7ff0000000000002L);
        });
    }
}
