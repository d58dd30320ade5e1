package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionLayerTest {

    private static OptionLayer layer(Integer vus, Duration duration, Long iterations, List<Stage> stages) {
        return new OptionLayer(vus, duration, iterations, stages, null, null, null);
    }

    @Test
    void higherLayerWinsValueByValue() {
        OptionLayer script = layer(5, Duration.ofSeconds(30), null, null);
        OptionLayer cli = layer(1, null, null, null);
        OptionLayer merged = script.apply(cli);
        assertThat(merged.vus()).isEqualTo(1);
        assertThat(merged.duration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void iterationsOnTheCommandLineReplaceTheScriptsStagesAndDuration() {
        OptionLayer script = layer(5, Duration.ofSeconds(30), null, List.of(new Stage(Duration.ofSeconds(5), 10)));
        OptionLayer merged = script.apply(layer(null, null, 3L, null));
        assertThat(merged.iterations()).isEqualTo(3L);
        assertThat(merged.duration()).isNull();
        assertThat(merged.stages()).isNull();
        assertThat(merged.vus()).isEqualTo(5);
    }

    @Test
    void readsK6EnvironmentVariables() {
        List<String> errors = new ArrayList<>();
        OptionLayer env = OptionLayer.fromEnvironment(
                Map.of("K6_VUS", "7", "K6_DURATION", "1m", "K6_STAGES", "10s:5,20s:0"), errors);
        assertThat(errors).isEmpty();
        assertThat(env.vus()).isEqualTo(7);
        assertThat(env.duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(env.stages()).containsExactly(new Stage(Duration.ofSeconds(10), 5), new Stage(Duration.ofSeconds(20), 0));
    }

    @Test
    void reportsEveryBadEnvironmentVariableByName() {
        List<String> errors = new ArrayList<>();
        OptionLayer.fromEnvironment(Map.of("K6_VUS", "many", "K6_DURATION", "soon"), errors);
        assertThat(errors).hasSize(2);
        assertThat(errors).anyMatch(e -> e.startsWith("K6_VUS:")).anyMatch(e -> e.startsWith("K6_DURATION:"));
    }
}
