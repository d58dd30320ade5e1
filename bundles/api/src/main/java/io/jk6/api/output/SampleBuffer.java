package io.jk6.api.output;

import io.jk6.api.metrics.SampleContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Collects samples until a flusher takes them (k6's {@code output.SampleBuffer}): an output's
 * {@link Output#addMetricSamples} appends here and returns at once, a {@link PeriodicFlusher}
 * drains with {@link #getBufferedSamples()}. Thread-safe.
 */
public class SampleBuffer {

    private final ReentrantLock lock = new ReentrantLock();
    private List<SampleContainer> buffer = new ArrayList<>();

    /** Appends the samples. */
    public void addMetricSamples(List<? extends SampleContainer> samples) {
        if (samples.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            buffer.addAll(samples);
        } finally {
            lock.unlock();
        }
    }

    /** Everything appended since the previous call, oldest first; the buffer is empty afterwards. */
    public List<SampleContainer> getBufferedSamples() {
        lock.lock();
        try {
            List<SampleContainer> drained = buffer;
            // the next batch is usually about as large as this one
            buffer = new ArrayList<>(Math.max(16, drained.size()));
            return drained;
        } finally {
            lock.unlock();
        }
    }
}
