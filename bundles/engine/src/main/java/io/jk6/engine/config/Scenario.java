package io.jk6.engine.config;

import io.jk6.engine.executor.Executor;
import io.jk6.engine.executor.ExecutorTypes;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One scenario: an executor and what k6's base config adds to every executor, when it starts
 * ({@code startTime}, from the test's start), which exported function its VUs run ({@code exec}),
 * the {@code env} added to {@code __ENV} and the {@code tags} added to its samples.
 *
 * @param exec null for {@code default}
 */
public record Scenario(String name, Executor executor, Duration startTime, String exec, Map<String, String> env,
        Map<String, String> tags) {

    /** The function VUs run when a scenario names none. */
    public static final String DEFAULT_EXEC = "default";

    private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z_-]+");

    public Scenario {
        env = Map.copyOf(env);
        tags = Map.copyOf(tags);
    }

    /** A scenario of the shortcuts ({@code vus}, {@code duration}...): the default function from the start. */
    public static Scenario of(String name, Executor executor) {
        return new Scenario(name, executor, Duration.ZERO, null, Map.of(), Map.of());
    }

    /** The same scenario run by another executor (its segmented self). */
    public Scenario withExecutor(Executor other) {
        return new Scenario(name, other, startTime, exec, env, tags);
    }

    /** The exported function the scenario's VUs run. */
    public String function() {
        return exec == null ? DEFAULT_EXEC : exec;
    }

    /** When the scenario ends at the latest, graceful stop included, from the test's start. */
    public Duration end() {
        return startTime.plus(executor.maxDuration());
    }

    /**
     * Reads {@code options.scenarios.NAME}: the base options, then the executor's own. Every
     * problem goes to {@code errors}; returns null when the scenario cannot be built.
     */
    static Scenario read(String name, Object value, List<String> errors) {
        if (!NAME.matcher(name).matches()) {
            errors.add("scenarios." + name + ": the scenario name should contain only numbers, latin letters,"
                    + " underscores, and dashes");
        }
        if (!(value instanceof Map<?, ?> map)) {
            errors.add("scenarios." + name + ": must be an object {executor, ...}, got " + ScriptOptions.describe(value));
            return null;
        }
        @SuppressWarnings("unchecked")
        ScenarioOptions options = new ScenarioOptions(name, (Map<String, Object>) map, errors);
        Duration startTime = options.duration("startTime", Duration.ZERO);
        if (startTime.isNegative()) {
            options.error("startTime", "the startTime can't be negative");
        }
        String exec = options.string("exec");
        if (exec != null && exec.isBlank()) {
            options.error("exec", "exec value cannot be empty");
        }
        Map<String, String> env = options.stringMap("env");
        Map<String, String> tags = options.stringMap("tags");
        String type = options.string("executor");
        Executor executor = null;
        if (type == null) {
            options.error("executor", "missing: every scenario needs an executor (one of "
                    + String.join(", ", ExecutorTypes.names()) + ")");
        } else if (!ExecutorTypes.names().contains(type)) {
            options.error("executor", "unknown executor \"" + type + "\" (one of "
                    + String.join(", ", ExecutorTypes.names()) + ")");
        } else {
            executor = ExecutorTypes.read(type, options);
            options.rejectUnknown();
        }
        return executor == null ? null : new Scenario(name, executor, startTime, exec, env, tags);
    }

    /**
     * The banner's line, as k6's: the executor's description with {@code exec} and
     * {@code startTime} among the facts in parentheses, before {@code gracefulStop} as k6 orders them.
     */
    public String describe() {
        String text = executor.describe();
        StringBuilder facts = new StringBuilder();
        if (exec != null) {
            facts.append("exec: ").append(exec).append(", ");
        }
        if (!startTime.isZero()) {
            facts.append("startTime: ").append(GoDuration.format(startTime)).append(", ");
        }
        int at = text.lastIndexOf("gracefulStop: ");
        if (facts.isEmpty()) {
            return text;
        }
        if (at < 0) {
            return text + " (" + facts.substring(0, facts.length() - 2) + ")";
        }
        return text.substring(0, at) + facts + text.substring(at);
    }
}
