package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.ScriptOptions;
import io.jk6.engine.config.TestOptionsReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code VUState.options()} answers: k6's consolidated options, by k6's JSON names. */
class ConsolidatedOptionsTest {

    private static OptionLayer layer(Map<String, Object> script) {
        List<String> errors = new ArrayList<>();
        OptionLayer layer = ScriptOptions.read(script, errors)
                .withTest(TestOptionsReader.fromObject(script, "options.", errors));
        assertThat(errors).isEmpty();
        return layer;
    }

    @Test
    void scenariosInK6sJsonFormWithEveryBaseField() throws Exception {
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("executor", "ramping-vus");
        api.put("startTime", "10s");
        api.put("exec", "api");
        api.put("tags", Map.of("kind", "api"));
        api.put("stages", List.of(Map.of("duration", "1m30s", "target", 4L)));
        Map<String, Object> script = Map.of("scenarios", Map.of("api", api),
                "thresholds", Map.of("http_req_failed", List.of("rate<0.01",
                        Map.of("threshold", "rate<0.1", "abortOnFail", true, "delayAbortEval", "10s"))),
                "userAgent", "probe/1.0");
        OptionLayer options = layer(script);

        Map<String, Object> out = ConsolidatedOptions.of(options, ExecutionPlan.of(options), script);

        @SuppressWarnings("unchecked")
        Map<String, Object> scenario = (Map<String, Object>) ((Map<String, Object>) out.get("scenarios")).get("api");
        assertThat(scenario).containsExactly(Map.entry("executor", "ramping-vus"), Map.entry("startTime", "10s"),
                Map.entry("gracefulStop", "30s"), Map.entry("env", Map.of()), Map.entry("exec", "api"),
                Map.entry("tags", Map.of("kind", "api")), Map.entry("startVUs", 1),
                Map.entry("stages", List.of(Map.of("duration", "1m30s", "target", 4))),
                Map.entry("gracefulRampDown", "30s"));
        assertThat(out.get("thresholds")).isEqualTo(Map.of("http_req_failed", List.of("rate<0.01",
                Map.of("threshold", "rate<0.1", "abortOnFail", true, "delayAbortEval", "10s"))));
        assertThat(out.get("userAgent")).isEqualTo("probe/1.0");
        assertThat(out.get("summaryTrendStats")).isEqualTo(List.of("avg", "min", "med", "max", "p(90)", "p(95)"));
        assertThat(out).doesNotContainKeys("tags", "vus", "duration");
    }

    @Test
    void theCommandLineOverShortcutsMakesTheDefaultScenario() throws Exception {
        Map<String, Object> script = Map.of("vus", 5L, "duration", "30s", "setupTimeout", "90s",
                "tags", Map.of("team", "qa"));
        OptionLayer cli = new OptionLayer(2, Duration.ofSeconds(1), null, null, null, null, null);
        OptionLayer options = layer(script).apply(cli);

        Map<String, Object> out = ConsolidatedOptions.of(options, ExecutionPlan.of(options), script);

        @SuppressWarnings("unchecked")
        Map<String, Object> scenario = (Map<String, Object>) ((Map<String, Object>) out.get("scenarios"))
                .get("default");
        assertThat(scenario).containsEntry("executor", "constant-vus").containsEntry("vus", 2)
                .containsEntry("duration", "1s").containsEntry("exec", null);
        assertThat(out).containsEntry("vus", 2).containsEntry("duration", 1000.0)
                .containsEntry("setupTimeout", 90_000.0).containsEntry("tags", Map.of("team", "qa"))
                .containsEntry("throw", false);
    }

    @Test
    void moduleOptionsComeFromTheConfigFileTheScriptVariablesAndFlagsInK6sOrder() throws Exception {
        // k6: config file < script < K6_* < flags, option by option
        Map<String, Object> config = Map.of("userAgent", "from-config", "batch", 3L, "tlsVersion", "tls1.2");
        Map<String, Object> script = Map.of("userAgent", "from-script", "batchPerHost", 2L);
        List<String> errors = new ArrayList<>();
        OptionLayer env = TestOptionsReader.fromEnvironment(Map.of("K6_USER_AGENT", "from-env",
                "K6_INSECURE_SKIP_TLS_VERIFY", "true", "K6_DNS", "ttl=1m,select=first"), errors);
        OptionLayer flags = OptionLayer.empty().withTest(io.jk6.engine.config.TestOptions.EMPTY.withModules(
                new io.jk6.engine.config.ModuleOptions(Map.of("batch", 9L))));
        assertThat(errors).isEmpty();
        OptionLayer options = layer(config).apply(layer(script)).apply(env).apply(flags);

        Map<String, Object> out = ConsolidatedOptions.of(options, ExecutionPlan.of(options), script);

        assertThat(out).containsEntry("userAgent", "from-env").containsEntry("batch", 9L)
                .containsEntry("batchPerHost", 2L).containsEntry("tlsVersion", "tls1.2")
                .containsEntry("insecureSkipTLSVerify", true)
                .containsEntry("dns", Map.of("ttl", "1m", "select", "first"));
    }
}
