package io.jk6.api.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SampleBufferTest {

    static final Metric REQS = new Metric("reqs", MetricType.COUNTER, ValueType.DEFAULT);

    static Sample sample(double value) {
        return new Sample(REQS, TagSet.empty(), 0, value);
    }

    @Test
    void drainsEverythingAppendedInOrderAndIsEmptyAfterwards() {
        SampleBuffer buffer = new SampleBuffer();
        buffer.addMetricSamples(List.of(sample(1), sample(2)));
        buffer.addMetricSamples(List.of(sample(3)));

        List<SampleContainer> drained = buffer.getBufferedSamples();

        assertThat(drained).extracting(c -> ((Sample) c).value()).containsExactly(1.0, 2.0, 3.0);
        assertThat(buffer.getBufferedSamples()).isEmpty();
    }

    @Test
    void concurrentWritersAndADrainerLoseNothingAndDuplicateNothing() throws Exception {
        SampleBuffer buffer = new SampleBuffer();
        int writers = 4;
        int perWriter = 20_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int base = w * perWriter;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perWriter; i++) {
                    buffer.addMetricSamples(List.of(sample(base + i)));
                }
            }));
        }
        List<SampleContainer> seen = new ArrayList<>();
        go.countDown();
        while (threads.stream().anyMatch(Thread::isAlive)) {
            seen.addAll(buffer.getBufferedSamples());
        }
        seen.addAll(buffer.getBufferedSamples());

        assertThat(seen).hasSize(writers * perWriter);
        assertThat(seen.stream().mapToDouble(c -> ((Sample) c).value()).distinct().count())
                .isEqualTo(writers * perWriter);
    }

    @Test
    void pastItsBoundItDropsAndCountsWhatWouldNotFitUntilDrained() {
        SampleBuffer buffer = new SampleBuffer(3);
        SampleContainer request = SampleContainer.of(List.of(sample(10), sample(11)));

        buffer.addMetricSamples(List.of(sample(1), request, request, sample(2)));

        assertThat(buffer.droppedSamples()).as("the second request (2) and the last sample (1)").isEqualTo(3);
        assertThat(buffer.getBufferedSamples()).containsExactly(sample(1), request);
        buffer.addMetricSamples(List.of(request));
        assertThat(buffer.getBufferedSamples()).as("room again once drained").containsExactly(request);
        assertThat(buffer.droppedSamples()).as("a running count").isEqualTo(3);
    }
}
