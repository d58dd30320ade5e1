package io.jk6.api.output;

import io.jk6.api.metrics.SampleContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Collects samples until a flusher takes them (k6's {@code output.SampleBuffer}): an output's
 * {@link Output#addMetricSamples} appends here and returns at once, a {@link PeriodicFlusher}
 * drains with {@link #getBufferedSamples()}. Thread-safe.
 *
 * <p>The buffer is bounded (since 1.1): when a backend is slower than the test, the flusher falls
 * behind and samples pile up here; past the bound they are dropped and counted
 * ({@link #droppedSamples()}) instead of growing the heap until the test itself suffers. The
 * output says so: the summary is computed apart from outputs and keeps every sample.
 */
public class SampleBuffer {

    /**
     * The default bound: about 10 s of a busy test (10,000 requests a second, 11 samples each)
     * waiting for one output, some 50 MB of heap (the tags are shared).
     *
     * @since 1.1
     */
    public static final int DEFAULT_MAX_SAMPLES = 1_000_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final int maxSamples;
    private List<SampleContainer> buffer = new ArrayList<>();
    private int buffered;
    private long dropped;

    /** A buffer of at most {@link #DEFAULT_MAX_SAMPLES} samples. */
    public SampleBuffer() {
        this(DEFAULT_MAX_SAMPLES);
    }

    /**
     * A buffer of at most {@code maxSamples} samples.
     *
     * @since 1.1
     */
    public SampleBuffer(int maxSamples) {
        if (maxSamples <= 0) {
            throw new IllegalArgumentException("maxSamples must be positive, got " + maxSamples);
        }
        this.maxSamples = maxSamples;
    }

    /** Appends the samples; a container that would take the buffer past its bound is dropped and counted. */
    public void addMetricSamples(List<? extends SampleContainer> samples) {
        if (samples.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            for (SampleContainer container : samples) {
                int size = container.sampleCount();
                if (buffered + size > maxSamples) {
                    dropped += size;
                } else {
                    buffer.add(container);
                    buffered += size;
                }
            }
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
            buffered = 0;
            return drained;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The samples dropped since the buffer was made because it was full: an output warns when
     * this grows.
     *
     * @since 1.1
     */
    public long droppedSamples() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }
}
