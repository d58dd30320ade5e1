package io.jk6.engine.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SampleDispatcherTest {

    static final Metric REQS = new Metric("reqs", MetricType.COUNTER, ValueType.DEFAULT);

    @Test
    void everySampleReachesEveryOutputExactlyOnceAndNoOutputIsCalledConcurrently() throws Exception {
        RecordingOutput a = new RecordingOutput("a");
        RecordingOutput b = new RecordingOutput("b");
        SampleDispatcher dispatcher = new SampleDispatcher(List.of(a, b), (o, e) -> { throw e; });
        dispatcher.start();
        int writers = 8;
        int batches = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int base = w * batches * 2;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < batches; i++) {
                    dispatcher.push(List.of(new Sample(REQS, TagSet.empty(), 0, base + 2 * i),
                            new Sample(REQS, TagSet.empty(), 0, base + 2 * i + 1)));
                }
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }

        dispatcher.stop();

        for (RecordingOutput output : List.of(a, b)) {
            assertThat(output.samples).hasSize(writers * batches * 2);
            assertThat(output.samples.stream().mapToDouble(Sample::value).distinct().count())
                    .isEqualTo(writers * batches * 2L);
            assertThat(output.concurrentCall).as("addMetricSamples called concurrently").isFalse();
        }
    }

    @Test
    void stopDeliversTheTailPushedJustBeforeIt() {
        RecordingOutput output = new RecordingOutput("tail");
        SampleDispatcher dispatcher = new SampleDispatcher(List.of(output), (o, e) -> { throw e; });
        dispatcher.start();
        dispatcher.push(List.of(new Sample(REQS, TagSet.empty(), 0, 42)));

        dispatcher.stop();

        assertThat(output.samples).extracting(Sample::value).containsExactly(42.0);
    }

    @Test
    void anOutputThatThrowsIsReportedAndOthersStillGetTheirSamples() {
        RecordingOutput good = new RecordingOutput("good");
        RecordingOutput bad = new RecordingOutput("bad") {
            @Override
            public void addMetricSamples(List<SampleContainer> samples) {
                throw new IllegalStateException("boom");
            }
        };
        AtomicInteger errors = new AtomicInteger();
        SampleDispatcher dispatcher = new SampleDispatcher(List.of(bad, good), (o, e) -> errors.incrementAndGet());
        dispatcher.start();
        dispatcher.push(List.of(new Sample(REQS, TagSet.empty(), 0, 1)));

        dispatcher.stop();

        assertThat(errors).hasValue(1);
        assertThat(good.samples).hasSize(1);
    }

    @Test
    void anOutputThatBlocksCostsTheSamplesPastTheBoundNeverTheVusTime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        RecordingOutput stuck = new RecordingOutput("stuck") {
            @Override
            public void addMetricSamples(List<SampleContainer> samples) {
                blocking.countDown();
                try {
                    release.await(); // a backend that does not answer, written without a buffer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.addMetricSamples(samples);
            }
        };
        SampleDispatcher dispatcher = new SampleDispatcher(List.of(stuck), (o, e) -> { throw e; });
        dispatcher.start();
        dispatcher.push(List.of(new Sample(REQS, TagSet.empty(), 0, 1)));
        blocking.await();
        SampleContainer half = SampleContainer.of(Collections.nCopies(SampleDispatcher.MAX_QUEUED_SAMPLES / 2,
                new Sample(REQS, TagSet.empty(), 0, 2)));

        Thread vu = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 3; i++) {
                dispatcher.push(List.of(half)); // the third does not fit
            }
        });
        vu.join(Duration.ofSeconds(30));
        assertThat(vu.isAlive()).as("push returned while the output blocked").isFalse();
        assertThat(dispatcher.dropped()).isEqualTo(SampleDispatcher.MAX_QUEUED_SAMPLES / 2);

        release.countDown();
        dispatcher.stop();
        assertThat(stuck.samples).as("the first sample and the two halves that fitted")
                .hasSize(1 + SampleDispatcher.MAX_QUEUED_SAMPLES);
    }
}
