package io.jk6.engine.config;

import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options one source gives (the script's {@code options}, {@code K6_*} variables, the
 * command line); null means "not set here". Layers are merged with {@link #apply}, higher
 * over lower: CLI > environment > script.
 */
public record OptionLayer(Integer vus, Duration duration, Long iterations, List<Stage> stages,
        Map<String, List<String>> thresholds, List<String> summaryTrendStats, Map<String, String> tags,
        Map<String, Object> scenarios, TestOptions test) {

    public OptionLayer {
        test = test == null ? TestOptions.EMPTY : test;
    }

    /** A layer without {@code scenarios} nor the options of {@link TestOptions}. */
    public OptionLayer(Integer vus, Duration duration, Long iterations, List<Stage> stages,
            Map<String, List<String>> thresholds, List<String> summaryTrendStats, Map<String, String> tags) {
        this(vus, duration, iterations, stages, thresholds, summaryTrendStats, tags, null, TestOptions.EMPTY);
    }

    /** A layer with {@code scenarios} (only the script and a config file set them). */
    public OptionLayer(Integer vus, Duration duration, Long iterations, List<Stage> stages,
            Map<String, List<String>> thresholds, List<String> summaryTrendStats, Map<String, String> tags,
            Map<String, Object> scenarios) {
        this(vus, duration, iterations, stages, thresholds, summaryTrendStats, tags, scenarios, TestOptions.EMPTY);
    }

    /** A layer with the options of {@link TestOptions} and no {@code scenarios}. */
    public OptionLayer(Integer vus, Duration duration, Long iterations, List<Stage> stages,
            Map<String, List<String>> thresholds, List<String> summaryTrendStats, Map<String, String> tags,
            TestOptions test) {
        this(vus, duration, iterations, stages, thresholds, summaryTrendStats, tags, null, test);
    }

    public static OptionLayer empty() {
        return new OptionLayer(null, null, null, null, null, null, null, null, TestOptions.EMPTY);
    }

    /** Copies with these {@link TestOptions}. */
    public OptionLayer withTest(TestOptions options) {
        return new OptionLayer(vus, duration, iterations, stages, thresholds, summaryTrendStats, tags, scenarios,
                options);
    }

    /**
     * The higher layer's values over this one's. As in k6, a higher layer that sets any of
     * duration, iterations, stages or scenarios replaces all four of the lower layer: {@code -i 5}
     * on the command line does not combine with the script's {@code stages} or {@code scenarios}.
     */
    public OptionLayer apply(OptionLayer higher) {
        boolean execution = higher.duration != null || higher.iterations != null || higher.stages != null
                || higher.scenarios != null;
        return new OptionLayer(
                higher.vus != null ? higher.vus : vus,
                execution ? higher.duration : duration,
                execution ? higher.iterations : iterations,
                execution ? higher.stages : stages,
                higher.thresholds != null ? higher.thresholds : thresholds,
                higher.summaryTrendStats != null ? higher.summaryTrendStats : summaryTrendStats,
                higher.tags != null ? higher.tags : tags,
                execution ? higher.scenarios : scenarios,
                test.apply(higher.test));
    }

    /** The {@code K6_VUS}, {@code K6_DURATION}, {@code K6_ITERATIONS}, {@code K6_STAGES} variables. */
    public static OptionLayer fromEnvironment(Map<String, String> env, List<String> errors) {
        Integer vus = null;
        Duration duration = null;
        Long iterations = null;
        List<Stage> stages = null;
        try {
            if (env.containsKey("K6_VUS")) {
                vus = Integer.parseInt(env.get("K6_VUS").trim());
            }
        } catch (NumberFormatException e) {
            errors.add("K6_VUS: \"" + env.get("K6_VUS") + "\" is not a whole number");
        }
        try {
            if (env.containsKey("K6_ITERATIONS")) {
                iterations = Long.parseLong(env.get("K6_ITERATIONS").trim());
            }
        } catch (NumberFormatException e) {
            errors.add("K6_ITERATIONS: \"" + env.get("K6_ITERATIONS") + "\" is not a whole number");
        }
        try {
            if (env.containsKey("K6_DURATION")) {
                duration = GoDuration.parse(env.get("K6_DURATION"));
            }
        } catch (IllegalArgumentException e) {
            errors.add("K6_DURATION: " + e.getMessage());
        }
        try {
            if (env.containsKey("K6_STAGES")) {
                stages = new ArrayList<>();
                for (String s : env.get("K6_STAGES").split(",")) {
                    stages.add(Stage.parse(s.trim()));
                }
            }
        } catch (IllegalArgumentException e) {
            errors.add("K6_STAGES: " + e.getMessage());
        }
        return new OptionLayer(vus, duration, iterations, stages, null, null, null);
    }

    /** Copies with thresholds from the script (the CLI and environment cannot set them). */
    public OptionLayer withThresholds(Map<String, List<String>> t) {
        return new OptionLayer(vus, duration, iterations, stages, t == null ? null : new LinkedHashMap<>(t),
                summaryTrendStats, tags, scenarios, test);
    }
}
