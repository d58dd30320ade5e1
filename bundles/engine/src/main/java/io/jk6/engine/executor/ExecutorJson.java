package io.jk6.engine.executor;

import io.jk6.engine.config.Scenario;
import io.jk6.engine.config.Stage;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as k6 marshals its executor config into {@code lib.Options.scenarios} (what
 * {@code exec.test.options.scenarios} shows): k6's base fields ({@code executor},
 * {@code startTime}, {@code gracefulStop}, {@code env}, {@code exec}, {@code tags}) then the
 * executor's own, by k6's JSON names, durations in Go's form ({@code 1m30s}).
 *
 * <p>One difference: k6 writes null for a field the script left unset and jk6 writes the value
 * it runs with (gracefulStop {@code 30s}, startTime {@code 0s}, {@code env} and {@code tags}
 * {@code {}}); jk6 does not keep which fields were set. {@code exec} stays null when unset.
 */
public final class ExecutorJson {

    private ExecutorJson() {
    }

    /** k6's base fields, in its order. */
    private static final List<String> BASE = List.of("executor", "startTime", "gracefulStop", "env", "exec", "tags");
    /** Each executor's own fields, in k6's order. */
    private static final Map<String, List<String>> OWN = Map.of(
            ConstantVus.TYPE, List.of("vus", "duration"),
            RampingVus.TYPE, List.of("startVUs", "stages", "gracefulRampDown"),
            SharedIterations.TYPE, List.of("vus", "iterations", "maxDuration"),
            PerVuIterations.TYPE, List.of("vus", "iterations", "maxDuration"),
            ConstantArrivalRate.TYPE, List.of("rate", "timeUnit", "duration", "preAllocatedVUs", "maxVUs"),
            RampingArrivalRate.TYPE, List.of("startRate", "timeUnit", "stages", "preAllocatedVUs", "maxVUs"),
            ExternallyControlled.TYPE, List.of("vus", "duration", "maxVUs"));
    private static final List<String> DURATIONS = List.of("startTime", "gracefulStop", "duration", "maxDuration",
            "timeUnit", "gracefulRampDown");

    /**
     * A scenario as the script wrote it, as k6 prints its decoded config ({@code k6 inspect}):
     * every base and executor field in k6's order, null when not written, durations in Go's form.
     */
    public static Map<String, Object> asWritten(Map<?, ?> written) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<String> own = OWN.getOrDefault(String.valueOf(written.get("executor")), List.of());
        for (String field : concat(BASE, own)) {
            Object value = written.get(field);
            if (DURATIONS.contains(field)) {
                value = goDuration(value);
            } else if (field.equals("stages") && value instanceof List<?> stages) {
                value = stages.stream().map(s -> s instanceof Map<?, ?> m ? stage(m) : s).toList();
            }
            json.put(field, value);
        }
        return json;
    }

    /**
     * The scenario k6 derives from the shortcut options, as {@code k6 inspect --execution-requirements}
     * prints it: the fields the shortcuts set, the others null.
     */
    public static Map<String, Object> shortcut(Scenario scenario, Integer vus, Duration duration, Long iterations,
            List<Stage> stages) {
        Map<String, Object> written = new LinkedHashMap<>();
        Executor executor = scenario.executor();
        written.put("executor", executor.type());
        switch (executor) {
            case ConstantVus e -> {
                written.put("vus", vus);
                written.put("duration", go(duration));
            }
            case RampingVus e -> {
                written.put("startVUs", vus);
                written.put("stages", stages(stages));
            }
            case SharedIterations e -> {
                written.put("vus", vus);
                written.put("iterations", iterations != null ? iterations : e.iterations());
                written.put("maxDuration", go(duration));
            }
            default -> {
                // per-vu-iterations: k6 writes none of its fields
            }
        }
        return asWritten(written);
    }

    private static Map<String, Object> stage(Map<?, ?> stage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duration", goDuration(stage.get("duration")));
        m.put("target", stage.get("target"));
        return m;
    }

    /** A duration as written ({@code "90s"} or milliseconds) in Go's form ({@code 1m30s}); anything else as it is. */
    public static Object goDuration(Object value) {
        try {
            if (value instanceof String s) {
                return GoDuration.format(GoDuration.parse(s));
            }
            if (value instanceof Number n) {
                return GoDuration.format(GoDuration.ofMillis(n.doubleValue()));
            }
        } catch (IllegalArgumentException e) {
            // shown as written
        }
        return value;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public static Map<String, Object> of(Scenario scenario) {
        Executor executor = scenario.executor();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("executor", executor.type());
        json.put("startTime", go(scenario.startTime()));
        json.put("gracefulStop", go(executor.gracefulStop()));
        json.put("env", new LinkedHashMap<>(scenario.env()));
        json.put("exec", scenario.exec());
        json.put("tags", new LinkedHashMap<>(scenario.tags()));
        switch (executor) {
            case ConstantVus e -> {
                json.put("vus", e.vus());
                json.put("duration", go(e.duration()));
            }
            case RampingVus e -> {
                json.put("startVUs", e.startVUs());
                json.put("stages", stages(e.stages()));
                json.put("gracefulRampDown", go(e.gracefulRampDown()));
            }
            case SharedIterations e -> {
                json.put("vus", e.vus());
                json.put("iterations", e.iterations());
                json.put("maxDuration", go(e.maxDuration()));
            }
            case PerVuIterations e -> {
                json.put("vus", e.vus());
                json.put("iterations", e.iterations());
                json.put("maxDuration", go(e.maxDuration()));
            }
            case ConstantArrivalRate e -> {
                json.put("rate", e.rate());
                json.put("timeUnit", go(e.timeUnit()));
                json.put("duration", go(e.duration()));
                json.put("preAllocatedVUs", e.preAllocatedVUs());
                json.put("maxVUs", e.configuredMaxVUs());
            }
            case RampingArrivalRate e -> {
                json.put("startRate", e.startRate());
                json.put("timeUnit", go(e.timeUnit()));
                json.put("stages", stages(e.stages()));
                json.put("preAllocatedVUs", e.preAllocatedVUs());
                json.put("maxVUs", e.configuredMaxVUs());
            }
            case ExternallyControlled e -> {
                json.put("vus", e.vus());
                json.put("duration", go(e.duration()));
                json.put("maxVUs", e.configuredMaxVUs());
            }
            default -> {
                // an executor type without k6 fields of its own
            }
        }
        return json;
    }

    /** k6's {@code stages}: {@code [{duration: "10s", target: 5}, ...]}. */
    public static List<Object> stages(List<Stage> stages) {
        List<Object> list = new ArrayList<>();
        for (Stage s : stages) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("duration", go(s.duration()));
            stage.put("target", s.target());
            list.add(stage);
        }
        return list;
    }

    private static String go(Duration d) {
        return d == null ? null : GoDuration.format(d);
    }
}
