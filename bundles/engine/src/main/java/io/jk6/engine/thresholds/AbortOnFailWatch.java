package io.jk6.engine.thresholds;

import io.jk6.engine.metrics.MetricsEngine;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Judges the thresholds while the test runs, every 2 seconds as k6 does, and calls
 * {@code onAbort} once when a failed threshold has {@code abortOnFail} (and its
 * {@code delayAbortEval} has passed). Runs only when some threshold asks for it.
 */
public final class AbortOnFailWatch {

    /** k6's {@code thresholdsRate}. */
    public static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Thread thread;

    private AbortOnFailWatch(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts watching, or returns a watch that does nothing when no threshold has
     * {@code abortOnFail}.
     *
     * @param elapsed the test's running time (for counter rates and {@code delayAbortEval})
     * @param onAbort gets k6's message naming the crossed thresholds' metrics
     */
    public static AbortOnFailWatch start(Thresholds thresholds, MetricsEngine metrics, Supplier<Duration> elapsed,
            Duration interval, Consumer<String> onAbort) {
        if (!thresholds.hasAbortOnFail()) {
            return new AbortOnFailWatch(null);
        }
        Thread thread = Thread.ofPlatform().daemon().name("thresholds").start(() -> {
            try {
                while (true) {
                    Thread.sleep(interval);
                    String message = check(thresholds, metrics, elapsed.get());
                    if (message != null) {
                        onAbort.accept(message);
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // the test ended first
            }
        });
        return new AbortOnFailWatch(thread);
    }

    /** One evaluation: k6's abort message, or null to go on. */
    static String check(Thresholds thresholds, MetricsEngine metrics, Duration elapsed) {
        ThresholdsReport report = thresholds.evaluate(metrics, metrics.snapshot(), elapsed);
        if (!report.abortRequested()) {
            return null;
        }
        List<String> crossed = report.metrics().stream().filter(m -> !m.passed())
                .map(MetricThresholdResults::metricExpression).toList();
        return "thresholds on metrics '" + String.join(", ", crossed)
                + "' were crossed; at least one has abortOnFail enabled, stopping test prematurely";
    }

    /** Stops watching; the final judgement is the summary's. */
    public void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
