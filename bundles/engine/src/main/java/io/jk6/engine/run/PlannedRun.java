package io.jk6.engine.run;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Scenario;
import io.jk6.engine.js.JsValues;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.thresholds.Thresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * What a run's init context decided, checked before any VU starts, as k6 checks it: the options
 * with every layer applied, the thresholds parsed and judged once against the metrics the init
 * context registered, and the execution plan, whose scenarios' {@code exec} functions the script
 * exports. It exists apart from {@link TestRun} so that a new check of k6's before the test
 * changes this file, not the scheduler; every failure is a {@link ConfigException} (exit 104).
 *
 * @param scriptOptions the script's {@code options} as written (an archive's frozen ones)
 * @param options       every option layer applied
 * @param thresholds    the thresholds to judge ({@link Thresholds#none()} with {@code --no-thresholds})
 * @param plan          the scenarios
 */
record PlannedRun(Map<String, Object> scriptOptions, OptionLayer options, Thresholds thresholds, ExecutionPlan plan) {

    /**
     * @param exports            the script's module namespace, its init context run
     * @param layers             the options around the script's own
     * @param thresholdsDisabled {@code --no-thresholds}: thresholds are neither judged nor shown
     * @param metrics            the run's metrics: the built-in ones and those the init context created
     * @throws ConfigException invalid options or thresholds, or an {@code exec} the script does not export
     */
    static PlannedRun of(Value exports, OptionLayers layers, boolean thresholdsDisabled, MetricsEngine metrics)
            throws ConfigException {
        TestRun.InitResult init = layers.consolidate(exports);
        OptionLayer options = init.consolidated();
        Thresholds thresholds = thresholdsDisabled ? Thresholds.none() : OptionLayers.thresholds(options);
        validateAgainstMetrics(thresholds, metrics);
        ExecutionPlan plan = ExecutionPlan.of(options);
        checkExecFunctions(plan, exports);
        return new PlannedRun(init.scriptOptions(), options, thresholds, plan);
    }

    /**
     * Thresholds on unknown metrics, or with an aggregation the metric's type lacks, are
     * rejected before any VU runs: built-in metrics are registered and the init context has
     * created the script's custom metrics by now.
     */
    private static void validateAgainstMetrics(Thresholds thresholds, MetricsEngine metrics) throws ConfigException {
        List<String> errors = thresholds.evaluate(metrics, metrics.snapshot(), Duration.ZERO).errors();
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
    }

    /** Each scenario's {@code exec} names a function the script exports (k6 checks this before the test). */
    private static void checkExecFunctions(ExecutionPlan plan, Value exports) throws ConfigException {
        List<String> errors = new ArrayList<>();
        for (Scenario s : plan.scenarios()) {
            if (s.exec() != null && !JsValues.isFunction(exports, s.exec())) {
                errors.add("scenarios." + s.name() + ".exec: the script exports no function \"" + s.exec()
                        + "\" (exported: " + String.join(", ", exports.getMemberKeys()) + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
    }
}
