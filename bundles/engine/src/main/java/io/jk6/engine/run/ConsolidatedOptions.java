package io.jk6.engine.run;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Scenario;
import io.jk6.engine.executor.ExecutorJson;
import io.jk6.engine.summary.MetricValues;
import io.jk6.engine.thresholds.ThresholdDefinition;
import io.jk6.support.GoDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test's options as modules read them through {@code VUState.options()}: k6's
 * {@code lib.Options} after every source was applied, by k6's JSON names. The ones jk6 resolves
 * itself are consolidated (execution shortcuts, {@code scenarios} as k6 derives them,
 * {@code tags}, {@code thresholds}, {@code summaryTrendStats}, the life-cycle options); any
 * other option is the script's value as written. Nested values are in k6's JSON form (Go
 * durations such as {@code 1m0s}); top-level durations are milliseconds, as
 * {@link io.jk6.engine.config.TestOptions#forModules()} gives them. An unset option is absent.
 */
final class ConsolidatedOptions {

    private ConsolidatedOptions() {
    }

    static Map<String, Object> of(OptionLayer options, ExecutionPlan plan, Map<String, Object> script) {
        Map<String, Object> out = new LinkedHashMap<>(script);
        putOrRemove(out, "vus", options.vus());
        putOrRemove(out, "duration", options.duration() == null ? null : options.duration().toNanos() / 1e6);
        putOrRemove(out, "iterations", options.iterations());
        putOrRemove(out, "stages", options.stages() == null ? null : ExecutorJson.stages(options.stages()));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (Scenario s : plan.scenarios()) {
            scenarios.put(s.name(), ExecutorJson.of(s));
        }
        out.put("scenarios", scenarios);
        putOrRemove(out, "tags", options.tags() == null ? null : new LinkedHashMap<>(options.tags()));
        putOrRemove(out, "thresholds", thresholds(options));
        out.put("summaryTrendStats", new ArrayList<>(options.summaryTrendStats() == null
                ? MetricValues.DEFAULT_TREND_STATS : options.summaryTrendStats()));
        putOrRemove(out, "executionSegment", options.test().executionSegment() == null ? null
                : options.test().executionSegment().toString());
        putOrRemove(out, "executionSegmentSequence", options.test().executionSegmentSequence() == null ? null
                : options.test().executionSegmentSequence().toString());
        putOrRemove(out, "noSetup", options.test().noSetup());
        putOrRemove(out, "noTeardown", options.test().noTeardown());
        out.putAll(options.test().forModules());
        return out;
    }

    // k6 marshals a threshold as its source, or as {threshold, abortOnFail, delayAbortEval}
    // when it aborts on failure.
    private static Map<String, Object> thresholds(OptionLayer options) {
        if (options.thresholds() == null) {
            return null;
        }
        Map<String, List<ThresholdDefinition>> definitions = options.test().thresholds() == null ? Map.of()
                : options.test().thresholds();
        Map<String, Object> out = new LinkedHashMap<>();
        options.thresholds().forEach((metric, sources) -> {
            List<Object> list = new ArrayList<>();
            List<ThresholdDefinition> defs = definitions.getOrDefault(metric, List.of());
            for (int i = 0; i < sources.size(); i++) {
                ThresholdDefinition d = i < defs.size() && defs.get(i).source().equals(sources.get(i)) ? defs.get(i)
                        : ThresholdDefinition.of(sources.get(i));
                if (d.abortOnFail()) {
                    Map<String, Object> longForm = new LinkedHashMap<>();
                    longForm.put("threshold", d.source());
                    longForm.put("abortOnFail", true);
                    longForm.put("delayAbortEval", d.delayAbortEval() == null ? null : GoDuration.format(d.delayAbortEval()));
                    list.add(longForm);
                } else {
                    list.add(d.source());
                }
            }
            out.put(metric, list);
        });
        return out;
    }

    private static void putOrRemove(Map<String, Object> map, String key, Object value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }
}
