package io.jk6.engine.runner;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Scenario;
import io.jk6.engine.config.Stage;
import io.jk6.engine.executor.ExecutorJson;
import io.jk6.engine.summary.MetricValues;
import io.jk6.support.GoDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options object {@code k6 inspect} prints: every field of k6's {@code lib.Options} in k6's
 * order, null when unset. {@code vus}, {@code duration}, {@code iterations} and {@code stages}
 * are the resolved ones (flags over {@code K6_*} variables over the script, k6's precedence);
 * the other fields are the script's values, durations in Go's form ({@code 1m0s}).
 */
final class InspectOptions {

    /** k6's {@code lib.Options} JSON names, in its field order. */
    private static final List<String> FIELDS = List.of("paused", "vus", "duration", "iterations", "stages",
            "scenarios", "executionSegment", "executionSegmentSequence", "noSetup", "setupTimeout", "noTeardown",
            "teardownTimeout", "rps", "dns", "maxRedirects", "userAgent", "batch", "batchPerHost", "httpDebug",
            "insecureSkipTLSVerify", "tlsCipherSuites", "tlsVersion", "tlsAuth", "throw", "thresholds",
            "blacklistIPs", "blockHostnames", "hosts", "noConnectionReuse", "noVUConnectionReuse",
            "minIterationDuration", "ext", "summaryTrendStats", "summaryTimeUnit", "systemTags", "tags",
            "metricSamplesBufferSize", "noCookiesReset", "discardResponseBodies");
    private static final List<String> DURATIONS = List.of("setupTimeout", "teardownTimeout", "minIterationDuration");

    private InspectOptions() {
    }

    /** k6's default {@code systemTags}, which it prints with {@code --execution-requirements}. */
    private static final List<String> DEFAULT_SYSTEM_TAGS = List.of("check", "error", "error_code",
            "expected_response", "group", "method", "name", "proto", "scenario", "service", "status", "subproto",
            "tls_version", "url");

    /**
     * @param script   the script's options as written
     * @param resolved the options a run would use
     * @param executor with {@code --execution-requirements}: the plan (segmented as the options say),
     *                 whose scenarios are shown as k6 derives them, and adds {@code totalDuration} and
     *                 {@code maxVUs}, as k6 does; else null
     */
    static Map<String, Object> of(Map<String, Object> script, OptionLayer resolved, ExecutionPlan executor) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            out.put(field, switch (field) {
                case "vus" -> resolved.vus();
                case "duration" -> resolved.duration() == null ? null : GoDuration.format(resolved.duration());
                case "iterations" -> resolved.iterations();
                case "stages" -> stages(resolved.stages());
                case "scenarios" -> scenarios(script.get("scenarios"), resolved, executor);
                case "executionSegment" -> text(resolved.test().executionSegment());
                case "executionSegmentSequence" -> text(resolved.test().executionSegmentSequence());
                case "summaryTrendStats" -> executor == null ? script.get(field)
                        : resolved.summaryTrendStats() != null ? resolved.summaryTrendStats()
                        : MetricValues.DEFAULT_TREND_STATS;
                case "systemTags" -> executor == null || script.get(field) != null ? script.get(field)
                        : DEFAULT_SYSTEM_TAGS;
                case "dns" -> dns(script.get("dns"));
                default -> DURATIONS.contains(field) ? duration(script.get(field)) : script.get(field);
            });
        }
        if (executor != null) {
            out.put("totalDuration", GoDuration.format(executor.maxDuration()));
            out.put("maxVUs", executor.maxVUs());
        }
        return out;
    }

    private static String text(Object segments) {
        return segments == null ? null : segments.toString();
    }

    /**
     * The script's scenarios as k6 prints their decoded configs; with {@code --execution-requirements}
     * the plan's, which for the shortcut options is the {@code default} scenario k6 derives.
     */
    private static Map<String, Object> scenarios(Object written, OptionLayer resolved, ExecutionPlan plan) {
        boolean derived = plan != null && !(resolved.scenarios() != null && plan.scenarios().stream()
                .allMatch(s -> resolved.scenarios().containsKey(s.name())));
        // Go marshals a map with its keys sorted
        if (derived) {
            Map<String, Object> out = new TreeMap<>();
            for (Scenario s : plan.scenarios()) {
                out.put(s.name(), ExecutorJson.shortcut(s, resolved.vus(), resolved.duration(), resolved.iterations(),
                        resolved.stages()));
            }
            return out;
        }
        Object scenarios = plan != null ? resolved.scenarios() : written;
        if (!(scenarios instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        map.forEach((name, config) -> out.put(String.valueOf(name),
                config instanceof Map<?, ?> m ? ExecutorJson.asWritten(m) : config));
        return out;
    }

    private static List<Object> stages(List<Stage> stages) {
        if (stages == null) {
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (Stage s : stages) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("duration", GoDuration.format(s.duration()));
            stage.put("target", s.target());
            list.add(stage);
        }
        return list;
    }

    /** k6 always prints the three DNS settings. */
    private static Map<String, Object> dns(Object value) {
        Map<String, Object> dns = new LinkedHashMap<>();
        Map<?, ?> given = value instanceof Map<?, ?> m ? m : Map.of();
        for (String key : List.of("ttl", "select", "policy")) {
            dns.put(key, given.get(key));
        }
        return dns;
    }

    private static Object duration(Object value) {
        return ExecutorJson.goDuration(value);
    }
}
