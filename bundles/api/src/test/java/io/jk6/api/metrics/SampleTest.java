package io.jk6.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sample's time to the nanosecond, and the millisecond form extensions built on API 1.0 use. */
class SampleTest {

    private static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);

    @Test
    void aSampleAtAnInstantKeepsItsNanoseconds() {
        Instant time = Instant.ofEpochSecond(1_494_333_285L, 625_742_514);

        Sample sample = Sample.at(REQS, TagSet.empty(), time, 1);

        assertThat(sample.timeMillis()).isEqualTo(1_494_333_285_625L);
        assertThat(sample.nanosOfMillisecond()).isEqualTo(742_514);
        assertThat(sample.timeNanos()).isEqualTo(1_494_333_285_625_742_514L);
        assertThat(sample.time()).isEqualTo(time);
    }

    @Test
    void theMillisecondConstructorOfApi10IsAtTheWholeMillisecond() {
        Sample sample = new Sample(REQS, TagSet.empty(), 1_494_333_285_625L, 1);

        assertThat(sample.nanosOfMillisecond()).isZero();
        assertThat(sample.time()).isEqualTo(Instant.ofEpochMilli(1_494_333_285_625L));
    }

    @Test
    void aSampleTakenNowHasTheClocksSubMillisecondPart() {
        // a clock read to the millisecond only would give 0 every time
        assertThat(java.util.stream.IntStream.range(0, 10).map(i -> Sample.of(REQS, TagSet.empty(), 1).nanosOfMillisecond()))
                .as("nanoseconds past the millisecond of 10 samples").anyMatch(nanos -> nanos != 0);
    }

    @Test
    void samplesTakenNowByThreadsAtOnceNeverShareAnInstant() throws InterruptedException {
        // Instant.now() itself gave 208 repeats in 800,000 reads of 4 threads: InfluxDB kept one of each pair
        int threads = 4;
        int reads = 100_000;
        long[][] times = new long[threads][reads];
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = times[t];
            readers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < reads; i++) {
                    mine[i] = Sample.of(REQS, TagSet.empty(), 1).timeNanos();
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }

        Set<Long> distinct = new HashSet<>();
        for (long[] mine : times) {
            for (int i = 0; i < reads; i++) {
                distinct.add(mine[i]);
                if (i > 0) {
                    assertThat(mine[i]).as("a thread's samples in order").isGreaterThan(mine[i - 1]);
                }
            }
        }
        assertThat(distinct.size()).as("distinct times of %d samples", threads * reads).isEqualTo(threads * reads);
        Instant now = Instant.now();
        assertThat(Sample.now()).as("the system clock's time").isBetween(now.minusSeconds(1), now.plusSeconds(1));
    }

    @Test
    void nanosecondsBeyondTheMillisecondAreRefused() {
        assertThatThrownBy(() -> new Sample(REQS, TagSet.empty(), 0, 1, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999");
    }

    @Test
    void aSampleCountsAsOneAndAContainerAsItsSamples() {
        Sample one = new Sample(REQS, TagSet.empty(), 0, 1);

        assertThat(one.sampleCount()).isEqualTo(1);
        assertThat(SampleContainer.of(List.of(one, one, one)).sampleCount()).isEqualTo(3);
    }
}
