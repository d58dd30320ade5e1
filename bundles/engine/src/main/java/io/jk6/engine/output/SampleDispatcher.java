package io.jk6.engine.output;

import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * Hands the run's samples to its outputs from one thread: VUs {@link #push} batches into a queue
 * and return at once; every {@value #PERIOD_MILLIS} ms the dispatcher drains the queue and calls
 * each output's {@link Output#addMetricSamples} with the same list. Only this thread calls
 * outputs, so no output is ever called concurrently.
 *
 * <p>Outputs must return from {@code addMetricSamples} quickly (k6's contract), so the queue
 * holds about one period of samples. An output that blocks there would make it grow without end
 * and take the heap the test needs; past {@value #MAX_QUEUED_SAMPLES} samples the dispatcher
 * drops what VUs push and counts it ({@link #dropped()}): VUs are never blocked, the summary
 * (computed apart from outputs) keeps every sample, and the run says how many the outputs missed.
 */
final class SampleDispatcher {

    static final long PERIOD_MILLIS = 50;

    /** The bound: some 50 MB of samples, seconds of a busy test. */
    static final int MAX_QUEUED_SAMPLES = 2_000_000;

    private final List<Output> outputs;
    private final BiConsumer<Output, RuntimeException> onError;
    private final ConcurrentLinkedQueue<List<? extends SampleContainer>> queue = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean stopping;

    /**
     * @param onError told when an output's {@code addMetricSamples} throws; the output keeps
     *                getting samples
     */
    SampleDispatcher(List<Output> outputs, BiConsumer<Output, RuntimeException> onError) {
        this.outputs = List.copyOf(outputs);
        this.onError = onError;
        this.thread = Thread.ofPlatform().daemon().name("jk6-output-dispatcher").unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    /** Queues a batch for the outputs, or drops it when the queue is full. Thread-safe, never blocks. */
    void push(List<? extends SampleContainer> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int size = sampleCount(batch);
        if (queued.addAndGet(size) > MAX_QUEUED_SAMPLES) {
            queued.addAndGet(-size);
            dropped.addAndGet(size);
            return;
        }
        queue.add(batch);
    }

    /** The samples dropped so far because an output kept the queue full. */
    long dropped() {
        return dropped.get();
    }

    /**
     * Delivers everything pushed so far and ends the dispatcher thread. Samples pushed after this
     * returns are dropped.
     */
    void stop() {
        stopping = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the tail must still reach the outputs: wait for it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        long periodNanos = PERIOD_MILLIS * 1_000_000L;
        long next = System.nanoTime() + periodNanos;
        while (!stopping) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            deliver();
            next = System.nanoTime() + periodNanos;
        }
        deliver(); // the tail: teardown's samples and the last iterations'
    }

    private void deliver() {
        List<SampleContainer> drained = new ArrayList<>();
        List<? extends SampleContainer> batch;
        while ((batch = queue.poll()) != null) {
            drained.addAll(batch);
            queued.addAndGet(-sampleCount(batch));
        }
        if (drained.isEmpty()) {
            return;
        }
        List<SampleContainer> samples = Collections.unmodifiableList(drained);
        for (Output output : outputs) {
            try {
                output.addMetricSamples(samples);
            } catch (RuntimeException e) {
                onError.accept(output, e);
            }
        }
    }

    private static int sampleCount(List<? extends SampleContainer> batch) {
        int count = 0;
        for (SampleContainer container : batch) {
            count += container.sampleCount();
        }
        return count;
    }
}
