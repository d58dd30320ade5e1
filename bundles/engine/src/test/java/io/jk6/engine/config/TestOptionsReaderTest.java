package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.thresholds.ThresholdDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestOptionsReaderTest {

    @Test
    void readsTheScriptsLifecycleSummaryAndHttpOptions() {
        List<String> errors = new ArrayList<>();
        TestOptions o = TestOptionsReader.fromObject(Map.of(
                "thresholds", Map.of("errors", List.of("count<10",
                        Map.of("threshold", "count<100", "abortOnFail", true, "delayAbortEval", "10s"))),
                "summaryTimeUnit", "ms",
                "summaryTrendStats", List.of("avg", "p(99.9)", "count"),
                "setupTimeout", "2m",
                "teardownTimeout", 1500L,
                "minIterationDuration", "1s",
                "noConnectionReuse", true,
                "throw", true,
                "noSetup", false,
                "noTeardown", true), "options.", errors);
        assertThat(errors).isEmpty();
        assertThat(o.thresholds().get("errors")).containsExactly(ThresholdDefinition.of("count<10"),
                new ThresholdDefinition("count<100", true, Duration.ofSeconds(10)));
        assertThat(o.summaryTimeUnit()).isEqualTo("ms");
        assertThat(o.setupTimeoutOrDefault()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.teardownTimeoutOrDefault()).as("a number is milliseconds, as in k6's JSON")
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(o.minIterationDuration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.forModules()).containsEntry("throw", true).containsEntry("noConnectionReuse", true);
        assertThat(o.skipSetup()).isFalse();
        assertThat(o.skipTeardown()).isTrue();
    }

    @Test
    void defaultsAreK6s() {
        TestOptions o = TestOptions.EMPTY;
        assertThat(o.setupTimeoutOrDefault()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.teardownTimeoutOrDefault()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.forModules()).containsEntry("throw", false).containsEntry("noConnectionReuse", false);
    }

    @Test
    void reportsEveryBadValueAtOnceNamingTheOption() {
        List<String> errors = new ArrayList<>();
        TestOptionsReader.fromObject(Map.of(
                "thresholds", Map.of("errors", List.of(Map.of("threshold", "count<1", "abortOnFail", "yes",
                        "delayAbortEval", "soon"))),
                "summaryTimeUnit", "h",
                "summaryTrendStats", List.of("avg", "p(101)", "mean"),
                "setupTimeout", "-1s",
                "throw", "true"), "options.", errors);
        assertThat(errors).containsExactlyInAnyOrder(
                "options.thresholds[\"errors\"][0].abortOnFail: must be true or false, got \"yes\"",
                "options.thresholds[\"errors\"][0].delayAbortEval: invalid duration \"soon\" (expected e.g. 30s, 1m30s, 500ms)",
                "options.summaryTimeUnit: invalid summary time unit \"h\", use 's', 'ms' or 'us'",
                "options.summaryTrendStats: stat 'p(101)' asks for a percentile above 100",
                "options.summaryTrendStats: stat 'mean' is unknown; use avg, min, med, max, count or p(N)",
                "options.setupTimeout: must not be negative",
                "options.throw: must be true or false, got \"true\"");
    }

    @Test
    void readsK6EnvironmentVariables() {
        List<String> errors = new ArrayList<>();
        OptionLayer env = TestOptionsReader.fromEnvironment(Map.of(
                "K6_VUS", "3",
                "K6_TAGS", "env:staging,team:a",
                "K6_SUMMARY_TREND_STATS", "avg,p(99)",
                "K6_SUMMARY_TIME_UNIT", "us",
                "K6_SETUP_TIMEOUT", "5s",
                "K6_NO_SETUP", "true",
                "K6_THROW", "1",
                "K6_MIN_ITERATION_DURATION", "250ms"), errors);
        assertThat(errors).isEmpty();
        assertThat(env.vus()).isEqualTo(3);
        assertThat(env.tags()).containsEntry("env", "staging").containsEntry("team", "a");
        assertThat(env.summaryTrendStats()).containsExactly("avg", "p(99)");
        assertThat(env.test().summaryTimeUnit()).isEqualTo("us");
        assertThat(env.test().setupTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(env.test().skipSetup()).isTrue();
        assertThat(env.test().throwErrors()).isTrue();
        assertThat(env.test().minIterationDuration()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void badEnvironmentVariablesAreNamed() {
        List<String> errors = new ArrayList<>();
        TestOptionsReader.fromEnvironment(Map.of("K6_SUMMARY_TREND_STATS", "avg,median", "K6_NO_TEARDOWN", "maybe",
                "K6_TAGS", "nocolon", "K6_SUMMARY_TIME_UNIT", "m"), errors);
        assertThat(errors).hasSize(4).anyMatch(e -> e.startsWith("K6_SUMMARY_TREND_STATS: stat 'median'"))
                .anyMatch(e -> e.startsWith("K6_NO_TEARDOWN:")).anyMatch(e -> e.startsWith("K6_TAGS:"))
                .anyMatch(e -> e.startsWith("K6_SUMMARY_TIME_UNIT:"));
    }

    @Test
    void layersApplyValueByValueWithTheHigherWinning() {
        OptionLayer file = new OptionLayer(2, null, 10L, null, null, List.of("avg"), null,
                new TestOptions(null, "s", Duration.ofSeconds(5), null, null, true, null, null, null));
        OptionLayer script = new OptionLayer(null, null, null, null, null, null, null,
                new TestOptions(null, "ms", null, null, null, null, null, true, null));
        OptionLayer cli = new OptionLayer(null, null, null, null, null, null, null,
                new TestOptions(null, null, null, null, null, false, null, null, null));
        OptionLayer merged = file.apply(script).apply(cli);
        assertThat(merged.vus()).isEqualTo(2);
        assertThat(merged.iterations()).isEqualTo(10L);
        assertThat(merged.summaryTrendStats()).containsExactly("avg");
        assertThat(merged.test().summaryTimeUnit()).as("script over config file").isEqualTo("ms");
        assertThat(merged.test().setupTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(merged.test().noConnectionReuse()).as("flag over config file").isFalse();
        assertThat(merged.test().skipSetup()).isTrue();
    }
}
