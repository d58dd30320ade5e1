package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptOptionsTest {

    @Test
    void readsTheShortcutsThresholdsAndTags() {
        List<String> errors = new ArrayList<>();
        OptionLayer o = ScriptOptions.read(Map.of(
                "vus", 10L,
                "duration", "30s",
                "stages", List.of(Map.of("duration", "5s", "target", 20L)),
                "thresholds", Map.of("http_req_duration", List.of("p(95)<500",
                        Map.of("threshold", "avg<200", "abortOnFail", true))),
                "tags", Map.of("team", "a")), errors);
        assertThat(errors).isEmpty();
        assertThat(o.vus()).isEqualTo(10);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.stages()).containsExactly(new Stage(Duration.ofSeconds(5), 20));
        assertThat(o.thresholds()).containsEntry("http_req_duration", List.of("p(95)<500", "avg<200"));
        assertThat(o.tags()).containsEntry("team", "a");
    }

    @Test
    void collectsEveryProblemWithTheOptionName() {
        List<String> errors = new ArrayList<>();
        ScriptOptions.read(Map.of(
                "vus", "ten",
                "duration", "forever",
                "stages", List.of(Map.of("duration", 5L, "target", 1.5))), errors);
        assertThat(errors).hasSize(3);
        assertThat(errors).anyMatch(e -> e.startsWith("options.vus:"))
                .anyMatch(e -> e.startsWith("options.duration:") && e.contains("forever"))
                .anyMatch(e -> e.startsWith("options.stages[0].target:"));
    }
}
