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
import org.junit.jupiter.api.Test;

class ExecutionPlanTest {

    private static OptionLayer layer(Integer vus, Duration duration, Long iterations, List<Stage> stages) {
        return new OptionLayer(vus, duration, iterations, stages, null, null, null);
    }

    @Test
    void nothingSetMeansOneIterationOfOneVu() throws ConfigException {
        Executor e = ExecutionPlan.executor(OptionLayer.empty());
        assertThat(e).isInstanceOf(PerVuIterations.class);
        assertThat(e.maxVUs()).isEqualTo(1);
        assertThat(((PerVuIterations) e).iterations()).isEqualTo(1);
    }

    @Test
    void shortcutsMapOntoK6Executors() throws ConfigException {
        assertThat(ExecutionPlan.executor(layer(10, Duration.ofSeconds(30), null, null)))
                .isEqualTo(new ConstantVus(10, Duration.ofSeconds(30), Duration.ofSeconds(30)));
        assertThat(ExecutionPlan.executor(layer(2, null, 10L, null)))
                .isEqualTo(new SharedIterations(2, 10, Duration.ofMinutes(10), Duration.ofSeconds(30)));
        Executor ramping = ExecutionPlan.executor(layer(null, null, null, List.of(new Stage(Duration.ofSeconds(5), 20))));
        assertThat(ramping).isInstanceOf(RampingVus.class);
        assertThat(ramping.maxVUs()).isEqualTo(20);
    }

    @Test
    void reportsAllProblemsAtOnce() {
        assertThatThrownBy(() -> ExecutionPlan.executor(layer(10, null, 3L, null)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("iterations: the number of iterations (3) can't be less than the number of VUs (10)");
        assertThatThrownBy(() -> ExecutionPlan.executor(layer(0, Duration.ofSeconds(1), null, null)))
                .hasMessageContaining("vus:");
        ConfigException both = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> ExecutionPlan.executor(layer(-1, Duration.ZERO, null, null)));
        assertThat(both.problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void describesTheScenarioForTheBanner() throws ConfigException {
        assertThat(ExecutionPlan.executor(layer(10, Duration.ofSeconds(30), null, null)).describe())
                .isEqualTo("10 looping VUs for 30s (gracefulStop: 30s)");
    }
}
