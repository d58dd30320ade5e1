package io.jk6.engine.config;

import io.jk6.engine.summary.MetricValues;
import io.jk6.engine.thresholds.ThresholdDefinition;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@link TestOptions} (and validates {@code summaryTrendStats}) from the script's
 * {@code options}, a {@code --config} file and {@code K6_*} variables. Every problem is added to
 * the error list with the option's name as the user wrote it; what is valid is kept.
 */
public final class TestOptionsReader {

    /** k6's {@code summaryTimeUnit} values. */
    public static final List<String> TIME_UNITS = List.of("s", "ms", "us");

    private TestOptionsReader() {
    }

    /**
     * The options of a JSON-like object ({@code export const options} or a config file).
     *
     * @param prefix how errors name an option: {@code "options."} or {@code "config.json: "}
     */
    public static TestOptions fromObject(Map<String, Object> options, String prefix, List<String> errors) {
        if (options.get("summaryTrendStats") instanceof List<?> stats) {
            stats.stream().filter(String.class::isInstance).map(String.class::cast)
                    .forEach(stat -> checkTrendStat(prefix + "summaryTrendStats", stat, errors));
        }
        return new TestOptions(
                options.containsKey("thresholds") ? thresholds(options.get("thresholds"), prefix, errors) : null,
                options.containsKey("summaryTimeUnit") ? timeUnit(prefix + "summaryTimeUnit",
                        options.get("summaryTimeUnit"), errors) : null,
                duration(prefix + "setupTimeout", options, "setupTimeout", errors),
                duration(prefix + "teardownTimeout", options, "teardownTimeout", errors),
                duration(prefix + "minIterationDuration", options, "minIterationDuration", errors),
                bool(prefix + "noConnectionReuse", options, "noConnectionReuse", errors),
                bool(prefix + "throw", options, "throw", errors),
                bool(prefix + "noSetup", options, "noSetup", errors),
                bool(prefix + "noTeardown", options, "noTeardown", errors),
                segments(prefix + "executionSegment", options.get("executionSegment"), ExecutionSegment::parse, errors),
                segments(prefix + "executionSegmentSequence", options.get("executionSegmentSequence"),
                        ExecutionSegmentSequence::parse, errors),
                ModuleOptions.fromObject(options));
    }

    /**
     * An {@code executionSegment} or {@code executionSegmentSequence} (k6 reads them as text); null
     * when unset or null.
     */
    public static <T> T segments(String option, Object value, Function<String, T> parse, List<String> errors) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(option + ": must be a string such as \"0:1/3\", got " + describe(value));
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(option + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * The {@code K6_*} variables: those {@link OptionLayer#fromEnvironment} reads, and
     * {@code K6_TAGS} ({@code name:value,...}), {@code K6_SUMMARY_TREND_STATS},
     * {@code K6_SUMMARY_TIME_UNIT}, {@code K6_SETUP_TIMEOUT}, {@code K6_TEARDOWN_TIMEOUT},
     * {@code K6_MIN_ITERATION_DURATION}, {@code K6_NO_CONNECTION_REUSE}, {@code K6_THROW},
     * {@code K6_NO_SETUP}, {@code K6_NO_TEARDOWN}, and those of {@link ModuleOptions}.
     */
    public static OptionLayer fromEnvironment(Map<String, String> env, List<String> errors) {
        OptionLayer base = OptionLayer.fromEnvironment(env, errors);
        List<String> trendStats = null;
        if (env.containsKey("K6_SUMMARY_TREND_STATS")) {
            trendStats = splitList(env.get("K6_SUMMARY_TREND_STATS"));
            trendStats.forEach(stat -> checkTrendStat("K6_SUMMARY_TREND_STATS", stat, errors));
        }
        Map<String, String> tags = null;
        if (env.containsKey("K6_TAGS")) {
            tags = new LinkedHashMap<>();
            for (String pair : splitList(env.get("K6_TAGS"))) {
                int sep = pair.indexOf(':') > 0 ? pair.indexOf(':') : pair.indexOf('=');
                if (sep <= 0 || sep == pair.length() - 1) {
                    errors.add("K6_TAGS: \"" + pair + "\" is not name:value");
                } else {
                    tags.put(pair.substring(0, sep), pair.substring(sep + 1));
                }
            }
        }
        TestOptions test = new TestOptions(null,
                env.containsKey("K6_SUMMARY_TIME_UNIT")
                        ? timeUnit("K6_SUMMARY_TIME_UNIT", env.get("K6_SUMMARY_TIME_UNIT"), errors) : null,
                envDuration("K6_SETUP_TIMEOUT", env, errors),
                envDuration("K6_TEARDOWN_TIMEOUT", env, errors),
                envDuration("K6_MIN_ITERATION_DURATION", env, errors),
                envBool("K6_NO_CONNECTION_REUSE", env, errors),
                envBool("K6_THROW", env, errors),
                envBool("K6_NO_SETUP", env, errors),
                envBool("K6_NO_TEARDOWN", env, errors))
                .withModules(ModuleOptions.fromEnvironment(env, errors));
        return new OptionLayer(base.vus(), base.duration(), base.iterations(), base.stages(), null, trendStats, tags,
                test);
    }

    /** Checks one {@code summaryTrendStats} entry: avg, min, med, max, count or p(N) with N ≤ 100. */
    public static void checkTrendStat(String option, String stat, List<String> errors) {
        try {
            MetricValues.validateTrendStats(List.of(stat));
        } catch (IllegalArgumentException e) {
            errors.add(option + ": " + e.getMessage());
        }
    }

    /** A {@code summaryTimeUnit}: {@code s}, {@code ms} or {@code us}. */
    public static String timeUnit(String option, Object value, List<String> errors) {
        if (value instanceof String s && TIME_UNITS.contains(s)) {
            return s;
        }
        errors.add(option + ": invalid summary time unit " + describe(value) + ", use 's', 'ms' or 'us'");
        return null;
    }

    /** Go's {@code strconv.ParseBool}, which k6 uses for boolean variables. */
    public static Boolean parseBool(String option, String text, List<String> errors) {
        switch (text.trim()) {
            case "1", "t", "T", "true", "TRUE", "True" -> {
                return true;
            }
            case "0", "f", "F", "false", "FALSE", "False" -> {
                return false;
            }
            default -> {
                errors.add(option + ": \"" + text + "\" is not true or false");
                return null;
            }
        }
    }

    private static Map<String, List<ThresholdDefinition>> thresholds(Object value, String prefix, List<String> errors) {
        if (!(value instanceof Map<?, ?> map)) {
            return null; // ScriptOptions reports the wrong shape
        }
        Map<String, List<ThresholdDefinition>> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String metric = String.valueOf(e.getKey());
            List<?> items = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
            List<ThresholdDefinition> definitions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String where = prefix + "thresholds[\"" + metric + "\"][" + i + "]";
                Object item = items.get(i);
                if (item instanceof String s) {
                    definitions.add(ThresholdDefinition.of(s));
                } else if (item instanceof Map<?, ?> m && m.get("threshold") instanceof String s) {
                    boolean abort = false;
                    Object abortValue = m.get("abortOnFail");
                    if (abortValue instanceof Boolean b) {
                        abort = b;
                    } else if (abortValue != null) {
                        errors.add(where + ".abortOnFail: must be true or false, got " + describe(abortValue));
                    }
                    Duration delay = m.containsKey("delayAbortEval")
                            ? durationValue(where + ".delayAbortEval", m.get("delayAbortEval"), errors) : null;
                    definitions.add(new ThresholdDefinition(s, abort, delay));
                }
                // anything else: ScriptOptions reports it
            }
            result.put(metric, definitions);
        }
        return result;
    }

    private static Duration duration(String option, Map<String, Object> options, String key, List<String> errors) {
        return options.containsKey(key) ? durationValue(option, options.get(key), errors) : null;
    }

    private static Duration durationValue(String option, Object value, List<String> errors) {
        try {
            if (value instanceof String s) {
                return nonNegative(option, GoDuration.parse(s), errors);
            }
            if (value instanceof Number n) {
                return nonNegative(option, GoDuration.ofMillis(n.doubleValue()), errors);
            }
        } catch (IllegalArgumentException e) {
            errors.add(option + ": " + e.getMessage());
            return null;
        }
        errors.add(option + ": must be a duration such as \"30s\", got " + describe(value));
        return null;
    }

    private static Duration nonNegative(String option, Duration d, List<String> errors) {
        if (d.isNegative()) {
            errors.add(option + ": must not be negative");
            return null;
        }
        return d;
    }

    private static Boolean bool(String option, Map<String, Object> options, String key, List<String> errors) {
        if (!options.containsKey(key)) {
            return null;
        }
        if (options.get(key) instanceof Boolean b) {
            return b;
        }
        errors.add(option + ": must be true or false, got " + describe(options.get(key)));
        return null;
    }

    private static Duration envDuration(String name, Map<String, String> env, List<String> errors) {
        return env.containsKey(name) ? durationValue(name, env.get(name), errors) : null;
    }

    private static Boolean envBool(String name, Map<String, String> env, List<String> errors) {
        return env.containsKey(name) ? parseBool(name, env.get(name), errors) : null;
    }

    private static List<String> splitList(String text) {
        return new ArrayList<>(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
