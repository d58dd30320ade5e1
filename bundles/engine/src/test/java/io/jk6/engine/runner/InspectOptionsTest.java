package io.jk6.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectOptionsTest {

    @Test
    void everyK6FieldInK6OrderWithTheResolvedExecutionOptions() {
        Map<String, Object> script = Map.of("vus", 2L, "duration", "1m", "userAgent", "jk6-test",
                "teardownTimeout", "120s", "dns", Map.of("ttl", "1m"));
        OptionLayer resolved = new OptionLayer(5, null, null, List.of(new Stage(Duration.ofSeconds(90), 3)), null, null, null);

        Map<String, Object> options = InspectOptions.of(script, resolved, null);

        assertThat(options.keySet()).hasSize(39).startsWith("paused", "vus", "duration", "iterations", "stages")
                .endsWith("metricSamplesBufferSize", "noCookiesReset", "discardResponseBodies");
        assertThat(options.get("vus")).isEqualTo(5);
        assertThat(options.get("duration")).as("replaced by the higher layer's stages, as k6 does").isNull();
        assertThat(options.get("stages")).isEqualTo(List.of(Map.of("duration", "1m30s", "target", 3)));
        assertThat(options.get("teardownTimeout")).isEqualTo("2m0s");
        assertThat(options.get("userAgent")).isEqualTo("jk6-test");
        Map<?, ?> dns = (Map<?, ?>) options.get("dns");
        assertThat(dns.keySet().stream().map(String::valueOf).toList()).containsExactly("ttl", "select", "policy");
        assertThat(dns.get("ttl")).isEqualTo("1m");
        assertThat(dns.get("select")).isNull();
        assertThat(options).doesNotContainKeys("totalDuration", "maxVUs");
    }

    @Test
    void executionRequirementsAddTheExecutorsDurationAndVUs() throws Exception {
        OptionLayer resolved = new OptionLayer(3, Duration.ofSeconds(20), null, null, null, null, null);

        Map<String, Object> options = InspectOptions.of(Map.of(), resolved, ExecutionPlan.of(resolved));

        assertThat(options.get("maxVUs")).isEqualTo(3);
        assertThat(options.get("totalDuration")).as("20s and the 30s graceful stop").isEqualTo("50s");
        assertThat(List.copyOf(options.keySet()).subList(39, 41)).containsExactly("totalDuration", "maxVUs");
    }
}
