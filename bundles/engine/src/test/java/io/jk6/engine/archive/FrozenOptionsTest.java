package io.jk6.engine.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Stage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenOptionsTest {

    private static Map<String, Object> script() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("vus", 1L);
        options.put("stages", List.of(Map.of("duration", "10s", "target", 5L)));
        options.put("thresholds", Map.of("checks", List.of("rate==1")));
        return options;
    }

    @Test
    void theCommandLineWinsAndReplacesTheScriptsExecutionOptionsAsK6() {
        OptionLayer cli = new OptionLayer(3, null, 8L, null, null, List.of("avg", "p(99)"), null);

        Map<String, Object> frozen = FrozenOptions.of(script(), cli);

        assertThat(frozen).containsEntry("vus", 3L).containsEntry("iterations", 8L)
                .containsEntry("summaryTrendStats", List.of("avg", "p(99)"))
                .containsEntry("thresholds", Map.of("checks", List.of("rate==1")))
                .doesNotContainKeys("stages", "duration");
    }

    @Test
    void durationsAndStagesAreWrittenInK6sFormat() {
        OptionLayer cli = new OptionLayer(null, Duration.ofSeconds(90), null,
                List.of(new Stage(Duration.ofMillis(500), 2)), null, null, null);

        Map<String, Object> frozen = FrozenOptions.of(script(), cli);

        assertThat(frozen).containsEntry("vus", 1L).containsEntry("duration", "1m30s")
                .containsEntry("stages", List.of(Map.of("duration", "500ms", "target", 2L)));
    }

    @Test
    void nothingOnTheCommandLineKeepsTheScriptsOptions() {
        assertThat(FrozenOptions.of(script(), OptionLayer.empty())).isEqualTo(script());
    }
}
