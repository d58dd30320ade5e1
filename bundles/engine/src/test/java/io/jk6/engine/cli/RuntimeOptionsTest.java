package io.jk6.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jk6's runtime options from flags and {@code K6_*} variables: the web dashboard, the summary's mode, traces. */
class RuntimeOptionsTest {

    private final List<String> problems = new ArrayList<>();

    private RuntimeOptions of(Map<String, String> env) {
        return RuntimeOptions.of(new RunFlags(), env, problems);
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

    private RuntimeOptions parse(Map<String, String> env, String... args) {
        RunFlags flags = new RunFlags();
        new picocli.CommandLine(flags).parseArgs(args);
        return RuntimeOptions.of(flags, env, problems);
    }

    @Test
    void noSummaryDisablesTheSummaryUnlessAModeIsGiven() {
        assertThat(parse(Map.of(), "--no-summary", "s.js").summaryMode()).isEqualTo(SummaryMode.DISABLED);
        assertThat(parse(Map.of("K6_NO_SUMMARY", "true"), "s.js").summaryMode()).isEqualTo(SummaryMode.DISABLED);
        assertThat(parse(Map.of(), "--no-summary", "--summary-mode", "full", "s.js").summaryMode())
                .isEqualTo(SummaryMode.FULL);
        assertThat(parse(Map.of(), "s.js").summaryMode()).isEqualTo(SummaryMode.COMPACT);
        assertThat(problems).isEmpty();
    }

    @Test
    void tracesOutputOtherThanNoneIsAProblemNamingItsSource() {
        parse(Map.of(), "--traces-output", "none", "--no-usage-report", "-m", "10", "s.js");
        assertThat(problems).isEmpty();
        parse(Map.of("K6_TRACES_OUTPUT", "otel=127.0.0.1:4317"), "s.js");
        assertThat(problems).singleElement().asString().startsWith("K6_TRACES_OUTPUT: \"otel=127.0.0.1:4317\"");
    }

    @Test
    void outputsSeeTheRuntimeOptionsAsK6HandsThemOver() {
        LoadedTest test = new LoadedTest(new ScriptArgument(java.nio.file.Path.of("s.js"), null, null), Map.of("A", "1"),
                io.jk6.engine.config.OptionLayer.empty(), Map.of(), io.jk6.engine.config.OptionLayer.empty(), "base",
                false);

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
}
