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
                json.put("maxVUs", e.configuredMaxVUs());
                json.put("duration", go(e.duration()));
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
