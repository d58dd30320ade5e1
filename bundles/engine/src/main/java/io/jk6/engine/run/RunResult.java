package io.jk6.engine.run;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.thresholds.ThresholdsJudge;
import java.time.Duration;

/**
 * Everything a finished run measured, and its thresholds' verdict.
 *
 * @param plan       the scenarios that ran (null when the options were invalid)
 * @param aborted    true when the run was stopped by a signal
 * @param thresholds the thresholds judged over the whole run, on the snapshot of the metrics the summary shows
 */
public record RunResult(MetricsEngine metrics, OptionLayer options, ExecutionPlan plan, Duration duration,
        long completeIterations, long interruptedIterations, boolean aborted, ThresholdsJudge.Verdict thresholds) {
}
