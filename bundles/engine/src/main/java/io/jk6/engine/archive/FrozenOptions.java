package io.jk6.engine.archive;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Stage;
import io.jk6.engine.config.TestOptions;
import io.jk6.support.GoDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options {@code jk6 archive} freezes in: the script's {@code options} with the command
 * line's and {@code K6_*} variables' over them, written with k6's names and formats so that
 * {@code jk6 run archive.tar} (or k6) reads them as script options.
 */
public final class FrozenOptions {

    private FrozenOptions() {
    }

    /**
     * @param script the script's exported options, as Java values
     * @param higher the environment's and command line's options, merged
     */
    public static Map<String, Object> of(Map<String, Object> script, OptionLayer higher) {
        Map<String, Object> options = new LinkedHashMap<>(script);
        if (higher.vus() != null) {
            options.put("vus", higher.vus().longValue());
        }
        // as OptionLayer.apply: a higher layer setting any of the three replaces all three
        if (higher.duration() != null || higher.iterations() != null || higher.stages() != null) {
            options.remove("duration");
            options.remove("iterations");
            options.remove("stages");
            if (higher.duration() != null) {
                options.put("duration", GoDuration.format(higher.duration()));
            }
            if (higher.iterations() != null) {
                options.put("iterations", higher.iterations());
            }
            if (higher.stages() != null) {
                options.put("stages", stages(higher.stages()));
            }
        }
        if (higher.summaryTrendStats() != null) {
            options.put("summaryTrendStats", List.copyOf(higher.summaryTrendStats()));
        }
        if (higher.thresholds() != null) {
            options.put("thresholds", higher.thresholds());
        }
        if (higher.tags() != null) {
            options.put("tags", higher.tags());
        }
        TestOptions test = higher.test();
        options.putAll(test.modules().values());
        putIfSet(options, "summaryTimeUnit", test.summaryTimeUnit());
        putIfSet(options, "minIterationDuration",
                test.minIterationDuration() == null ? null : GoDuration.format(test.minIterationDuration()));
        putIfSet(options, "noConnectionReuse", test.noConnectionReuse());
        putIfSet(options, "throw", test.throwErrors());
        putIfSet(options, "noSetup", test.noSetup());
        putIfSet(options, "noTeardown", test.noTeardown());
        if (higher.test().executionSegment() != null) {
            options.put("executionSegment", higher.test().executionSegment().toString());
        }
        if (higher.test().executionSegmentSequence() != null) {
            options.put("executionSegmentSequence", higher.test().executionSegmentSequence().toString());
        }
        return options;
    }

    private static void putIfSet(Map<String, Object> options, String name, Object value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    private static List<Map<String, Object>> stages(List<Stage> stages) {
        return stages.stream().map(s -> {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("duration", GoDuration.format(s.duration()));
            stage.put("target", (long) s.target());
            return stage;
        }).toList();
    }
}
