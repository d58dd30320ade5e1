package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.executor.ConstantArrivalRate;
import io.jk6.engine.executor.ExternallyControlled;
import io.jk6.engine.executor.RampingArrivalRate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code options.scenarios}: k6's option names and defaults, and every error reported at once. */
class ScenarioValidationTest {

    private static ExecutionPlan plan(Map<String, Object> scenarios) throws ConfigException {
        return ExecutionPlan.of(new OptionLayer(null, null, null, null, null, null, null, scenarios));
    }

    private static List<String> problems(Map<String, Object> scenarios) {
        try {
            plan(scenarios);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("no ConfigException for " + scenarios);
    }

    @Test
    void everyProblemOfEveryScenarioAtOnceEachNamingItsOption() {
        Map<String, Object> scenarios = new LinkedHashMap<>();
        scenarios.put("x", Map.of("executor", "constant-arrival-rate", "rate", 0L, "timeUnit", "0s",
                "preAllocatedVUs", 5L, "maxVUs", 2L, "duration", "30s"));
        scenarios.put("y", Map.of("executor", "ramping-vus", "startVUs", -1L, "stages", List.of(), "gracefulStop", "-1s"));
        scenarios.put("z", Map.of("executor", "constant-vus", "duration", "10s", "vus", 2L, "iterations", 5L));
        assertThat(problems(scenarios)).containsExactlyInAnyOrder(
                "scenarios.x.rate: the iteration rate must be more than 0",
                "scenarios.x.timeUnit: the timeUnit must be more than 0",
                "scenarios.x.maxVUs: maxVUs can't be less than preAllocatedVUs",
                "scenarios.y.gracefulStop: the gracefulStop timeout can't be negative",
                "scenarios.y.startVUs: the number of start VUs can't be negative",
                "scenarios.y.stages: at least one stage is needed",
                "scenarios.z.iterations: unknown option (json: unknown field \"iterations\")");
    }

    @Test
    void requiredOptionsOfTheArrivalRateExecutors() {
        assertThat(problems(Map.of("open", Map.of("executor", "constant-arrival-rate")))).containsExactlyInAnyOrder(
                "scenarios.open.rate: the iteration rate isn't specified",
                "scenarios.open.duration: the duration is unspecified",
                "scenarios.open.preAllocatedVUs: the number of preAllocatedVUs isn't specified");
        assertThat(problems(Map.of("ramp", Map.of("executor", "ramping-arrival-rate", "preAllocatedVUs", 1L))))
                .containsExactly("scenarios.ramp.stages: at least one stage is needed");
    }

    @Test
    void unknownOrMissingExecutorNamesTheKnownOnes() {
        assertThat(problems(Map.of("a", Map.of("executor", "constant-looping-vus"), "b", Map.of("vus", 1L))))
                .anyMatch(p -> p.startsWith("scenarios.a.executor: unknown executor \"constant-looping-vus\" (one of ")
                        && p.contains("ramping-arrival-rate"))
                .anyMatch(p -> p.startsWith("scenarios.b.executor: missing"));
        assertThat(problems(Map.of("bad name", Map.of("executor", "shared-iterations"))))
                .containsExactly("scenarios.bad name: the scenario name should contain only numbers, latin letters,"
                        + " underscores, and dashes");
    }

    @Test
    void k6DefaultsOfEachExecutor() throws ConfigException {
        Map<String, Object> scenarios = new LinkedHashMap<>();
        scenarios.put("car", Map.of("executor", "constant-arrival-rate", "rate", 30L, "duration", "1m",
                "preAllocatedVUs", 4L));
        scenarios.put("rar", Map.of("executor", "ramping-arrival-rate", "preAllocatedVUs", 2L, "maxVUs", 8L,
                "stages", List.of(Map.of("duration", "10s", "target", 20L))));
        scenarios.put("ext", Map.of("executor", "externally-controlled", "vus", 1L, "maxVUs", 5L, "duration", "0s"));
        scenarios.put("si", Map.of("executor", "shared-iterations"));
        scenarios.put("pvi", Map.of("executor", "per-vu-iterations", "env", Map.of("A", "1"), "tags", Map.of("t", "v")));
        ExecutionPlan plan = plan(scenarios);
        assertThat(plan.scenarios().get(0).executor()).isEqualTo(new ConstantArrivalRate(30, Duration.ofSeconds(1),
                Duration.ofMinutes(1), 4, 4, Duration.ofSeconds(30)));
        assertThat(plan.scenarios().get(1).executor()).isEqualTo(new RampingArrivalRate(0, Duration.ofSeconds(1),
                List.of(new Stage(Duration.ofSeconds(10), 20)), 2, 8, Duration.ofSeconds(30)));
        assertThat(plan.scenarios().get(2).executor()).isInstanceOf(ExternallyControlled.class);
        assertThat(plan.scenarios().get(3).executor().describe())
                .isEqualTo("1 iterations shared among 1 VUs (maxDuration: 10m0s, gracefulStop: 30s)");
        assertThat(plan.scenarios().get(4).env()).containsEntry("A", "1");
        assertThat(plan.scenarios().get(4).tags()).containsEntry("t", "v");
        assertThat(plan.scenarios().get(4).function()).isEqualTo("default");
    }
}
