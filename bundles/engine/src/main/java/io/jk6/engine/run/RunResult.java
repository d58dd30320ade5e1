package io.jk6.engine.run;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.thresholds.Thresholds;
import java.time.Duration;

/**
 * Everything a finished run measured.
 *
 * @param plan    the scenarios that ran (null when the options were invalid)
 * @param aborted true when the run was stopped by a signal
 */
public record RunResult(MetricsEngine metrics, Thresholds thresholds, OptionLayer options, ExecutionPlan plan,
        Duration duration, long completeIterations, long interruptedIterations, boolean aborted) {
}
