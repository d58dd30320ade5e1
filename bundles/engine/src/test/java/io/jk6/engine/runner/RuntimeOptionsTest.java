package io.jk6.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.runner.RunSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jk6's runtime options from flags and {@code K6_*} variables: the web dashboard, the summary's mode, traces. */
class RuntimeOptionsTest {

    private final List<String> problems = new ArrayList<>();

    private RuntimeOptions of(Map<String, String> env) {
        return RuntimeOptions.of(RunSettings.builder().build(), null, env, problems);
    }

    @Test
    void theWebDashboardJoinsTheOutputsWhenAskedByTheEnvironment() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "true")).withWebDashboard(List.of("json=out.json")))
                .containsExactly("json=out.json", "web-dashboard");
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "true")).withWebDashboard(List.of())).containsExactly("web-dashboard");
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "false")).withWebDashboard(List.of())).isEmpty();
        assertThat(of(Map.of()).withWebDashboard(List.of("csv"))).containsExactly("csv");
        assertThat(problems).isEmpty();
    }

    @Test
    void namedByOutAsWellItIsThereOnceWithItsArgument() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "1")).withWebDashboard(List.of("web-dashboard=port=0")))
                .containsExactly("web-dashboard=port=0");
    }

    @Test
    void aValueThatIsNoBooleanIsAProblemNamingTheVariable() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "yes")).withWebDashboard(List.of())).isEmpty();
        assertThat(problems).singleElement().asString().contains("K6_WEB_DASHBOARD");
    }

    private RuntimeOptions parse(Map<String, String> env, RunSettings.Builder flags) {
        return RuntimeOptions.of(flags.build(), null, env, problems);
    }

    @Test
    void noSummaryDisablesTheSummaryUnlessAModeIsGiven() {
        assertThat(parse(Map.of(), RunSettings.builder().noSummary(true)).summaryMode()).isEqualTo(SummaryMode.DISABLED);
        assertThat(parse(Map.of("K6_NO_SUMMARY", "true"), RunSettings.builder()).summaryMode())
                .isEqualTo(SummaryMode.DISABLED);
        assertThat(parse(Map.of(), RunSettings.builder().noSummary(true).summaryMode("full")).summaryMode())
                .isEqualTo(SummaryMode.FULL);
        assertThat(parse(Map.of(), RunSettings.builder()).summaryMode()).isEqualTo(SummaryMode.COMPACT);
        assertThat(problems).isEmpty();
    }

    @Test
    void tracesOutputOtherThanNoneIsAProblemNamingItsSource() {
        parse(Map.of(), RunSettings.builder().tracesOutput("none"));
        assertThat(problems).isEmpty();
        parse(Map.of("K6_TRACES_OUTPUT", "otel=127.0.0.1:4317"), RunSettings.builder());
        assertThat(problems).singleElement().asString().startsWith("K6_TRACES_OUTPUT: \"otel=127.0.0.1:4317\"");
    }

    @Test
    void outputsSeeTheRuntimeOptionsAsK6HandsThemOver() {
        LoadedScript test = new LoadedScript(new ScriptArgument(java.nio.file.Path.of("s.js"), null, null),
                Map.of("A", "1"), io.jk6.engine.config.OptionLayer.empty(), Map.of(),
                io.jk6.engine.config.OptionLayer.empty(), "base", false, null);

        io.jk6.api.output.RuntimeOptions forOutputs = of(Map.of("K6_NO_THRESHOLDS", "true",
                "K6_SUMMARY_MODE", "disabled", "K6_SUMMARY_EXPORT", "summary.json")).forOutputs(test);

        assertThat(forOutputs.includeSystemEnvVars()).isFalse();
        assertThat(forOutputs.compatibilityMode()).isEqualTo("base");
        assertThat(forOutputs.env()).containsExactly(Map.entry("A", "1"));
        assertThat(forOutputs.noThresholds()).isTrue();
        assertThat(forOutputs.noSummary()).isTrue();
        assertThat(forOutputs.summaryMode()).isEqualTo("disabled");
        assertThat(forOutputs.summaryExport()).contains("summary.json");
        io.jk6.api.output.RuntimeOptions defaults = of(Map.of()).forOutputs(test);
        assertThat(defaults.noSummary()).isFalse();
        assertThat(defaults.summaryMode()).isEqualTo("compact");
        assertThat(defaults.summaryExport()).isEmpty();
    }

    @Test
    void flagsWinOverTheirVariablesAndAFlaglessRunReadsK6OutAndK6SecretSource() {
        RuntimeOptions fromEnv = parse(Map.of("K6_OUT", "json=a.json, csv", "K6_SECRET_SOURCE", "mock=k=v",
                "K6_CONFIG", "c.json", "K6_LINGER", "true"), RunSettings.builder());
        assertThat(fromEnv.outputs()).containsExactly("json=a.json", "csv");
        assertThat(fromEnv.secretSources()).containsExactly("mock=k=v");
        assertThat(fromEnv.configFile()).isEqualTo("c.json");
        assertThat(fromEnv.linger()).isTrue();

        RuntimeOptions fromFlags = RuntimeOptions.of(RunSettings.builder().outputs(List.of("influxdb"))
                .secretSources(List.of("file=s.txt")).linger(false).build(), "flag.json",
                Map.of("K6_OUT", "csv", "K6_SECRET_SOURCE", "mock=k=v", "K6_CONFIG", "c.json", "K6_LINGER", "true"),
                problems);
        assertThat(fromFlags.outputs()).containsExactly("influxdb");
        assertThat(fromFlags.secretSources()).containsExactly("file=s.txt");
        assertThat(fromFlags.configFile()).isEqualTo("flag.json");
        assertThat(fromFlags.linger()).isFalse();
        assertThat(problems).isEmpty();
    }
}
