package io.jk6.engine.config;

import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the script's {@code export const options = {...}} (already copied to Java values). */
public final class ScriptOptions {

    private ScriptOptions() {
    }

    /** Every problem is added to {@code errors} with the option's name; what is valid is kept. */
    public static OptionLayer read(Map<String, Object> options, List<String> errors) {
        Integer vus = null;
        Duration duration = null;
        Long iterations = null;
        List<Stage> stages = null;
        Map<String, List<String>> thresholds = null;
        List<String> trendStats = null;
        Map<String, String> tags = null;
        Map<String, Object> scenarios = null;
        for (Map.Entry<String, Object> e : options.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            switch (key) {
                case "vus" -> vus = wholeNumber("options.vus", value, errors) instanceof Long l ? l.intValue() : null;
                case "iterations" -> iterations = wholeNumber("options.iterations", value, errors);
                case "duration" -> duration = duration("options.duration", value, errors);
                case "stages" -> stages = stages("options.stages", value, errors);
                case "scenarios" -> scenarios = scenarios(value, errors);
                case "thresholds" -> thresholds = thresholds(value, errors);
                case "summaryTrendStats" -> trendStats = strings("options.summaryTrendStats", value, errors);
                case "tags" -> tags = tags(value, errors);
                default -> {
                    // options of later work (hosts, ...) are accepted and ignored for now
                }
            }
        }
        return new OptionLayer(vus, duration, iterations, stages, thresholds, trendStats, tags, scenarios);
    }

    /** Kept as given: {@link ExecutionPlan} reads each scenario with its executor's options. */
    private static Map<String, Object> scenarios(Object value, List<String> errors) {
        if (!(value instanceof Map<?, ?> map)) {
            errors.add("options.scenarios: must be an object of name: {executor, ...}, got " + describe(value));
            return null;
        }
        Map<String, Object> scenarios = new LinkedHashMap<>();
        map.forEach((k, v) -> scenarios.put(String.valueOf(k), v));
        return scenarios;
    }

    static Long wholeNumber(String name, Object value, List<String> errors) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        errors.add(name + ": must be a whole number, got " + describe(value));
        return null;
    }

    /**
     * A duration option: Go's text ({@code "1m30s"}) or milliseconds; a problem names it as
     * {@code name} (an option, a flag).
     */
    public static Duration duration(String name, Object value, List<String> errors) {
        try {
            if (value instanceof String s) {
                return GoDuration.parse(s);
            }
            if (value instanceof Number n) {
                return GoDuration.ofMillis(n.doubleValue());
            }
        } catch (IllegalArgumentException e) {
            errors.add(name + ": " + e.getMessage());
            return null;
        }
        errors.add(name + ": must be a duration string such as \"30s\", got " + describe(value));
        return null;
    }

    static List<Stage> stages(String option, Object value, List<String> errors) {
        if (!(value instanceof List<?> list)) {
            errors.add(option + ": must be an array of {duration, target}, got " + describe(value));
            return null;
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String name = option + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> stage)) {
                errors.add(name + ": must be an object {duration, target}");
                continue;
            }
            Duration d = duration(name + ".duration", stage.get("duration"), errors);
            Long target = stage.containsKey("target") ? wholeNumber(name + ".target", stage.get("target"), errors) : Long.valueOf(0);
            if (d != null && target != null) {
                stages.add(new Stage(d, target.intValue()));
            }
        }
        return stages;
    }

    private static Map<String, List<String>> thresholds(Object value, List<String> errors) {
        if (!(value instanceof Map<?, ?> map)) {
            errors.add("options.thresholds: must be an object of metric: [expressions], got " + describe(value));
            return null;
        }
        Map<String, List<String>> thresholds = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String metric = String.valueOf(e.getKey());
            List<String> expressions = new ArrayList<>();
            List<?> items = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item instanceof String s) {
                    expressions.add(s);
                } else if (item instanceof Map<?, ?> m && m.get("threshold") instanceof String s) {
                    expressions.add(s); // long form {threshold, abortOnFail, delayAbortEval}
                } else {
                    errors.add("options.thresholds[\"" + metric + "\"][" + i + "]: must be a string such as \"p(95)<500\"");
                }
            }
            thresholds.put(metric, expressions);
        }
        return thresholds;
    }

    private static List<String> strings(String name, Object value, List<String> errors) {
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        errors.add(name + ": must be an array of strings");
        return null;
    }

    static Map<String, String> tags(Object value, List<String> errors) {
        return stringMap("options.tags", value, errors);
    }

    static Map<String, String> stringMap(String option, Object value, List<String> errors) {
        if (!(value instanceof Map<?, ?> map)) {
            errors.add(option + ": must be an object of name: value");
            return null;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        map.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        return tags;
    }

    static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
