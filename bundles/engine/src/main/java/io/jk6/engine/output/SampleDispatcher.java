package io.jk6.engine.output;

import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * Hands the run's samples to its outputs from one thread: VUs {@link #push} batches into a queue
 * and return at once; every {@value #PERIOD_MILLIS} ms the dispatcher drains the queue and calls
 * each output's {@link Output#addMetricSamples} with the same list. Only this thread calls
 * outputs, so no output is ever called concurrently.
 *
 * <p>The queue is unbounded on purpose: a bound would either block VUs (slowing the test it
 * measures) or drop samples (outputs would disagree with the summary). Outputs must return from
 * {@code addMetricSamples} quickly (k6's contract), so the queue holds at most one period of
 * samples; an output that blocks there grows memory, not latency.
 */
final class SampleDispatcher {

    static final long PERIOD_MILLIS = 50;

    private final List<Output> outputs;
    private final BiConsumer<Output, RuntimeException> onError;
    private final ConcurrentLinkedQueue<List<? extends SampleContainer>> queue = new ConcurrentLinkedQueue<>();
    private final Thread thread;
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

    /** Queues a batch for the outputs. Thread-safe, never blocks. */
    void push(List<? extends SampleContainer> batch) {
        if (!batch.isEmpty()) {
            queue.add(batch);
        }
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
}
