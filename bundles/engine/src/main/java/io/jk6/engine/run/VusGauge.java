package io.jk6.engine.run;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.metrics.MetricsEngine;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Samples {@code vus} and {@code vus_max} once a second while the scenarios run, as k6 does. */
final class VusGauge {

    private static final long PERIOD_MILLIS = 1000;

    private final Consumer<List<Sample>> sink;
    private final ExecutionState execution;
    private final int initialVUs;
    private final Metric vus;
    private final Metric vusMax;
    private Thread thread;

    /** @param sink where the samples go, as VUs' samples do */
    VusGauge(MetricsEngine metrics, Consumer<List<Sample>> sink, ExecutionState execution, int initialVUs) {
        this.sink = sink;
        this.initialVUs = initialVUs;
        this.execution = execution;
        this.vus = metrics.metric(BuiltinMetrics.VUS).orElseThrow();
        this.vusMax = metrics.metric(BuiltinMetrics.VUS_MAX).orElseThrow();
    }

    void start() {
        // the VUs the executor starts with, so even a run shorter than a period has vus/vus_max
        sample(initialVUs);
        thread = Thread.ofVirtual().name("vus-gauge").start(() -> {
            try {
                // then every second; none at the end, where every VU has stopped (k6 reports
                // the last running value too)
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(PERIOD_MILLIS);
                    if (execution.isStopping()) {
                        return; // VUs are leaving: a sample now would show a ramp-down no stage asked for
                    }
                    sample(execution.activeVUs());
                }
            } catch (InterruptedException e) {
                // stopped
            }
        });
    }

    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }

    private void sample(int active) {
        Instant now = Sample.now();
        sink.accept(List.of(
                Sample.at(vus, TagSet.empty(), now, active),
                // the VUs initialized so far: arrival-rate executors initialize more while they run
                Sample.at(vusMax, TagSet.empty(), now, execution.initializedVUs())));
    }
}
