package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.executor.ConstantVus;
import io.jk6.engine.executor.Executor;
import io.jk6.engine.executor.PerVuIterations;
import io.jk6.engine.executor.RampingVus;
import io.jk6.engine.executor.SharedIterations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shortcuts as k6 maps them, and their conflicts with {@code scenarios}. */
class ExecutionPlanTest {

    private static OptionLayer layer(Integer vus, Duration duration, Long iterations, List<Stage> stages) {
        return new OptionLayer(vus, duration, iterations, stages, null, null, null);
    }

    private static Executor executor(OptionLayer layer) throws ConfigException {
        ExecutionPlan plan = ExecutionPlan.of(layer);
        assertThat(plan.scenarios()).extracting(Scenario::name).containsExactly("default");
        return plan.executor();
    }

    @Test
    void nothingSetMeansOneIterationOfOneVu() throws ConfigException {
        Executor e = executor(OptionLayer.empty());
        assertThat(e).isInstanceOf(PerVuIterations.class);
        assertThat(e.maxVUs()).isEqualTo(1);
        assertThat(((PerVuIterations) e).iterations()).isEqualTo(1);
    }

    @Test
    void shortcutsMapOntoK6Executors() throws ConfigException {
        assertThat(executor(layer(10, Duration.ofSeconds(30), null, null)))
                .isEqualTo(new ConstantVus(10, Duration.ofSeconds(30), Duration.ofSeconds(30)));
        assertThat(executor(layer(2, null, 10L, null)))
                .isEqualTo(new SharedIterations(2, 10, Duration.ofMinutes(10), Duration.ofSeconds(30)));
        Executor ramping = executor(layer(null, null, null, List.of(new Stage(Duration.ofSeconds(5), 20))));
        assertThat(ramping).isInstanceOf(RampingVus.class);
        assertThat(ramping.maxVUs()).isEqualTo(20);
        assertThat(executor(layer(5, null, null, null))).as("vus alone: that many iterations shared, as k6")
                .isEqualTo(new SharedIterations(5, 5, Duration.ofMinutes(10), Duration.ofSeconds(30)));
    }

    @Test
    void reportsAllProblemsAtOnce() {
        assertThatThrownBy(() -> ExecutionPlan.of(layer(10, null, 3L, null)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("iterations: the number of iterations (3) can't be less than the number of VUs (10)");
        assertThatThrownBy(() -> ExecutionPlan.of(layer(0, Duration.ofSeconds(1), null, null)))
                .hasMessageContaining("vus:");
        ConfigException both = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> ExecutionPlan.of(layer(-1, Duration.ZERO, null, null)));
        assertThat(both.problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void describesTheScenarioForTheBanner() throws ConfigException {
        assertThat(executor(layer(10, Duration.ofSeconds(30), null, null)).describe())
                .isEqualTo("10 looping VUs for 30s (gracefulStop: 30s)");
    }

    @Test
    void shortcutsAndScenariosInOneLayerConflictAsInK6() {
        Map<String, Object> scenarios = Map.of("a", Map.of("executor", "shared-iterations"));
        assertThatThrownBy(() -> ExecutionPlan.of(new OptionLayer(null, Duration.ofSeconds(5), null, null, null, null,
                null, scenarios))).hasMessage("using `duration` and `scenarios` options simultaneously is not allowed");
        assertThatThrownBy(() -> ExecutionPlan.of(new OptionLayer(null, null, 5L, null, null, null, null, scenarios)))
                .hasMessage("using `iterations` and `scenarios` options simultaneously is not allowed");
        assertThatThrownBy(() -> ExecutionPlan.of(layer(null, null, 5L, List.of(new Stage(Duration.ofSeconds(1), 1)))))
                .hasMessage("using `iterations` and `stages` options simultaneously is not allowed");
    }

    @Test
    void aShortcutOnAHigherLayerReplacesTheScriptsScenarios() throws ConfigException {
        OptionLayer script = new OptionLayer(3, null, null, null, null, null, null,
                Map.of("a", Map.of("executor", "shared-iterations")));
        OptionLayer cli = layer(null, null, 7L, null);
        Executor e = executor(script.apply(cli));
        assertThat(e).isEqualTo(new SharedIterations(3, 7, Duration.ofMinutes(10), Duration.ofSeconds(30)));
    }

    @Test
    void scenariosKeepTheirOrderStartTimesAndMaxVUs() throws ConfigException {
        Map<String, Object> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("first", Map.of("executor", "constant-vus", "vus", 2L, "duration", "10s"));
        scenarios.put("second", Map.of("executor", "constant-arrival-rate", "rate", 50L, "duration", "5s",
                "preAllocatedVUs", 3L, "maxVUs", 10L, "startTime", "10s", "exec", "other", "gracefulStop", "2s"));
        ExecutionPlan plan = ExecutionPlan.of(new OptionLayer(99, null, null, null, null, null, null, scenarios));
        assertThat(plan.scenarios()).extracting(Scenario::name).containsExactly("first", "second");
        assertThat(plan.maxVUs()).as("the sum of each scenario's maximum").isEqualTo(12);
        assertThat(plan.preInitVUs()).as("arrival-rate: preAllocatedVUs up front").isEqualTo(5);
        assertThat(plan.initialVUs()).as("second starts later").isEqualTo(2);
        assertThat(plan.maxDuration()).as("first: 10s + 30s of graceful stop").isEqualTo(Duration.ofSeconds(40));
        assertThat(plan.scenarios().get(1).describe()).isEqualTo(
                "50.00 iterations/s for 5s (maxVUs: 3-10, exec: other, startTime: 10s, gracefulStop: 2s)");
    }

    @Test
    void scenariosOneAfterTheOtherShareTheirVUs() throws ConfigException {
        Map<String, Object> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("warm", Map.of("executor", "constant-vus", "vus", 10L, "duration", "1s", "gracefulStop", "0s"));
        scenarios.put("load", Map.of("executor", "constant-vus", "vus", 4L, "duration", "1s", "startTime", "1s"));
        scenarios.put("spike", Map.of("executor", "constant-arrival-rate", "rate", 5L, "duration", "1s",
                "preAllocatedVUs", 2L, "maxVUs", 7L, "startTime", "1500ms"));
        ExecutionPlan plan = ExecutionPlan.of(new OptionLayer(null, null, null, null, null, null, null, scenarios));
        assertThat(plan.preInitVUs()).as("warm's 10 VUs go on to load and spike (4 + 2 at once)").isEqualTo(10);
        assertThat(plan.maxVUs()).as("load and spike overlap: 4 + 7 at most").isEqualTo(11);
    }
}
