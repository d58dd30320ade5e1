package io.jk6.engine.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scenario's options as the script gave them ({@code options.scenarios.NAME}), read by the
 * scenario's executor. Every problem is added to a shared list, each naming its option
 * ({@code scenarios.NAME.rate: ...}), so that all of them are reported at once. The keys read
 * are remembered: what no one read is an unknown option, an error as in k6 (whose JSON decoding
 * of executor configs is strict).
 */
public final class ScenarioOptions {

    /** k6's default {@code gracefulStop}. */
    public static final Duration DEFAULT_GRACEFUL_STOP = Duration.ofSeconds(30);

    private final String name;
    private final Map<String, Object> raw;
    private final List<String> errors;
    private final Set<String> read = new HashSet<>();

    public ScenarioOptions(String name, Map<String, Object> raw, List<String> errors) {
        this.name = name;
        this.raw = raw;
        this.errors = errors;
    }

    /** The scenario's name, its key in {@code options.scenarios}. */
    public String name() {
        return name;
    }

    /** {@code scenarios.NAME.key}: how errors name an option. */
    public String option(String key) {
        return "scenarios." + name + "." + key;
    }

    /** Adds an error about {@code key}. */
    public void error(String key, String message) {
        errors.add(option(key) + ": " + message);
    }

    /** Adds errors already worded with their option's full name. */
    public void errors(List<String> more) {
        errors.addAll(more);
    }

    public boolean has(String key) {
        read.add(key);
        return raw.get(key) != null;
    }

    /** A whole number, or {@code absent} when the option is not set. */
    public Long whole(String key, Long absent) {
        if (!has(key)) {
            return absent;
        }
        Long value = ScriptOptions.wholeNumber(option(key), raw.get(key), errors);
        return value == null ? absent : value;
    }

    /** A whole number that fits an int, or {@code absent}. */
    public Integer integer(String key, Integer absent) {
        Long value = whole(key, absent == null ? null : absent.longValue());
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            error(key, "is too large: " + value);
            return absent;
        }
        return value == null ? null : value.intValue();
    }

    /** A duration ({@code "30s"}, or a number of milliseconds), or {@code absent}. */
    public Duration duration(String key, Duration absent) {
        if (!has(key)) {
            return absent;
        }
        Duration value = ScriptOptions.duration(option(key), raw.get(key), errors);
        return value == null ? absent : value;
    }

    /** {@code gracefulStop}, 30 s unless set; a negative one is an error. */
    public Duration gracefulStop() {
        Duration d = duration("gracefulStop", DEFAULT_GRACEFUL_STOP);
        if (d.isNegative()) {
            error("gracefulStop", "the gracefulStop timeout can't be negative");
            return DEFAULT_GRACEFUL_STOP;
        }
        return d;
    }

    /** An array of {@code {duration, target}}, or null when not set. */
    public List<Stage> stages(String key) {
        if (!has(key)) {
            return null;
        }
        return ScriptOptions.stages(option(key), raw.get(key), errors);
    }

    /** A string, or null when not set. */
    public String string(String key) {
        if (!has(key)) {
            return null;
        }
        Object value = raw.get(key);
        if (value instanceof String s) {
            return s;
        }
        error(key, "must be a string, got " + ScriptOptions.describe(value));
        return null;
    }

    /** An object of string values ({@code env}, {@code tags}), empty when not set. */
    public Map<String, String> stringMap(String key) {
        if (!has(key)) {
            return Map.of();
        }
        Map<String, String> map = ScriptOptions.stringMap(option(key), raw.get(key), errors);
        return map == null ? Map.of() : map;
    }

    /** Reports every key no one read, as k6's strict decoding does. */
    public void rejectUnknown() {
        for (String key : raw.keySet()) {
            if (!read.contains(key)) {
                error(key, "unknown option (json: unknown field \"" + key + "\")");
            }
        }
    }
}
