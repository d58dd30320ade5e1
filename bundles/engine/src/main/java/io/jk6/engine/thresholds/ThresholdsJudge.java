package io.jk6.engine.thresholds;

import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The thresholds of one run and the one place that judges them, as k6's engine does: while the
 * test runs ({@link #watch}, every 2 seconds for {@code abortOnFail}; {@link #now} for the REST
 * API's {@code tainted}) and once when it has ended ({@link #atEnd}), over the snapshot the summary
 * shows. The run keeps the verdict at the end, so the summary, the exit code and the test kit read
 * the same judgement instead of each making its own.
 */
public final class ThresholdsJudge {

    private final Thresholds thresholds;
    private final MetricsEngine metrics;
    private volatile Verdict verdict;

    /**
     * What the thresholds said when the run ended.
     *
     * @param snapshot the metrics they were judged on, the summary's
     * @param report   each threshold's result
     */
    public record Verdict(MetricsSnapshot snapshot, ThresholdsReport report) {
    }

    public ThresholdsJudge(Thresholds thresholds, MetricsEngine metrics) {
        this.thresholds = thresholds;
        this.metrics = metrics;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The thresholds judged on {@code snapshot}, {@code elapsed} into the test (counters' rates, delayAbortEval). */
    public ThresholdsReport now(MetricsSnapshot snapshot, Duration elapsed) {
        return thresholds.evaluate(metrics, snapshot, elapsed);
    }

    /**
     * Judges every {@link AbortOnFailWatch#INTERVAL} while the test runs and calls {@code onAbort}
     * once when an {@code abortOnFail} threshold has failed; does nothing when none has it.
     */
    public AbortOnFailWatch watch(Supplier<Duration> elapsed, Consumer<String> onAbort) {
        return AbortOnFailWatch.start(thresholds, metrics, elapsed, AbortOnFailWatch.INTERVAL, onAbort);
    }

    /**
     * The verdict over the whole run, judged now on the metrics as they are: call it once every
     * sample is in (every VU flushed).
     *
     * @param duration the test's running time
     */
    public Verdict atEnd(Duration duration) {
        MetricsSnapshot snapshot = metrics.snapshot();
        Verdict judged = new Verdict(snapshot, now(snapshot, duration));
        verdict = judged;
        return judged;
    }

    /** The verdict {@link #atEnd} gave; null before. */
    public Verdict verdict() {
        return verdict;
    }
}
