package io.jk6.api.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicFlusherTest {

    @Test
    void flushesPeriodicallyWhileRunning() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PeriodicFlusher flusher = PeriodicFlusher.start(Duration.ofMillis(10), calls::incrementAndGet);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        flusher.stop();
        assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void stopFlushesOnceMoreAndWaitsForIt() {
        AtomicInteger calls = new AtomicInteger();
        PeriodicFlusher flusher = PeriodicFlusher.start(Duration.ofHours(1), calls::incrementAndGet);

        flusher.stop();

        assertThat(calls.get()).as("the final flush ran before stop() returned").isEqualTo(1);
        flusher.stop();
        assertThat(calls.get()).as("a second stop() flushes nothing more").isEqualTo(1);
    }

    @Test
    void flushesNeverOverlap() {
        AtomicBoolean inFlush = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        PeriodicFlusher flusher = PeriodicFlusher.start(Duration.ofMillis(1), () -> {
            if (!inFlush.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            calls.incrementAndGet();
            inFlush.set(false);
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls.get() < 10 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        flusher.stop();
        assertThat(calls.get()).isGreaterThanOrEqualTo(10);
        assertThat(overlapped).isFalse();
    }

    @Test
    void aFailingFlushDoesNotEndFlushing() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PeriodicFlusher flusher = PeriodicFlusher.start(Duration.ofMillis(5), () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("boom");
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        flusher.stop();
        assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> PeriodicFlusher.start(Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
