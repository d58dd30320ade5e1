package io.jk6.k6;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.ValueType;
import io.jk6.testing.ModuleScript;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupFunctionTest {

    private ModuleScript script;

    @BeforeEach
    void openScript() {
        script = new ModuleScript().importing("k6", new K6Module());
        script.vu().startIterations();
    }

    @AfterEach
    void closeScript() {
        script.close();
    }

    @Test
    void nestedGroupsTagSamplesWithTheirPathAndRestoreTheRoot() {
        script.eval("""
                group('a', () => {
                  check(1, { inA: true });
                  group('b', () => check(1, { inB: true }));
                  check(1, { backInA: true });
                });
                check(1, { atRoot: true });
                """);

        assertThat(script.vu().samples("checks")).extracting(s -> s.tags().get("group"))
                .containsExactly("::a", "::a::b", "::a", "");
        assertThat(script.vu().runningState().tags().get("group")).isEqualTo("");
    }

    @Test
    void groupReturnsWhatTheCallbackReturns() {
        assertThat(script.eval("group('g', () => 42)").asInt()).isEqualTo(42);
    }

    @Test
    void groupDurationIsPushedWithTheGroupPath() {
        script.eval("group('outer', () => group('inner', () => { const end = Date.now() + 20; while (Date.now() < end) {} }))");

        List<Sample> durations = script.vu().samples("group_duration");
        assertThat(durations).extracting(s -> s.tags().get("group")).containsExactly("::outer::inner", "::outer");
        assertThat(durations.get(0).metric().type()).isEqualTo(MetricType.TREND);
        assertThat(durations.get(0).metric().valueType()).isEqualTo(ValueType.TIME);
        assertThat(durations.get(0).value()).isGreaterThanOrEqualTo(19.0);
        assertThat(durations.get(1).value()).isGreaterThanOrEqualTo(durations.get(0).value());
    }

    @Test
    void aThrowingCallbackStillRestoresTheGroupAndPushesItsDuration() {
        String message = script.errorOf("group('a', () => group('b', () => { throw new Error('inside b'); }))");

        assertThat(message).isEqualTo("inside b");
        assertThat(script.vu().runningState().tags().get("group")).isEqualTo("");
        assertThat(script.vu().samples("group_duration")).extracting(s -> s.tags().get("group"))
                .containsExactly("::a::b", "::a");
    }

    @Test
    void tagsOtherThanGroupSetInsideStay() {
        script.eval("group('a', () => check(1, { x: true }))");
        script.vu().runningState().setTags(script.vu().runningState().tags().with("custom", "1"));
        script.eval("group('b', () => 0)");

        assertThat(script.vu().runningState().tags().get("custom")).isEqualTo("1");
        assertThat(script.vu().runningState().tags().get("group")).isEqualTo("");
    }

    @Test
    void groupNamesMayNotHoldTheSeparator() {
        assertThat(script.errorOf("group('a::b', () => 1)")).isEqualTo("group and check names may not contain '::'");
        assertThat(script.vu().runningState().tags().get("group")).isEqualTo("");
    }

    @Test
    void groupWithoutCallbackAndAsyncCallbacksAreRefused() {
        assertThat(script.errorOf("group('a')")).isEqualTo("group() requires a callback as a second argument");
        assertThat(script.errorOf("group('a', async () => 1)"))
                .startsWith("group() does not support async functions as arguments");
    }

    @Test
    void inTheInitContextGroupThrowsK6sMessage() {
        try (ModuleScript init = new ModuleScript().importing("k6", new K6Module())) {
            assertThat(init.errorOf("group('a', () => 1)"))
                    .isEqualTo("Using group() in the init context is not supported");
        }
    }
}
