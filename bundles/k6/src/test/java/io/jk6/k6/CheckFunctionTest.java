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

class CheckFunctionTest {

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
    void passingChecksReturnTrueAndPushOneSampleEach() {
        boolean result = script.eval("""
                check({ status: 200 }, {
                  'status is 200': (r) => r.status === 200,
                  'always': true,
                })""").asBoolean();

        assertThat(result).isTrue();
        List<Sample> samples = script.vu().samples("checks");
        assertThat(samples).hasSize(2);
        assertThat(samples).extracting(Sample::value).containsExactly(1.0, 1.0);
        assertThat(samples).extracting(s -> s.tags().get("check")).containsExactly("status is 200", "always");
        assertThat(samples.get(0).tags().get("group")).isEqualTo("");
        assertThat(samples.get(0).tags().get("scenario")).isEqualTo("default");
        assertThat(samples.get(0).metric().type()).isEqualTo(MetricType.RATE);
        assertThat(samples.get(0).metric().valueType()).isEqualTo(ValueType.DEFAULT);
    }

    @Test
    void oneFailingCheckMakesTheResultFalseAndPushesZero() {
        boolean result = script.eval("""
                check(5, {
                  'is five': (v) => v === 5,
                  'is six': (v) => v === 6,
                  'falsy value': 0,
                })""").asBoolean();

        assertThat(result).isFalse();
        assertThat(script.vu().samples("checks")).extracting(Sample::value).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void extraTagsAndTheGroupTagAreOnTheSamples() {
        script.eval("group('login', () => check(1, { ok: true }, { page: 'home', n: 3 }))");

        Sample sample = script.vu().samples("checks").get(0);
        assertThat(sample.tags().get("group")).isEqualTo("::login");
        assertThat(sample.tags().get("page")).isEqualTo("home");
        assertThat(sample.tags().get("n")).isEqualTo("3");
        assertThat(sample.tags().get("check")).isEqualTo("ok");
    }

    @Test
    void aThrowingCheckCountsAsFailedAndPropagates() {
        String message = script.errorOf("check(1, { before: true, boom: () => { throw new Error('bad check'); }, after: true })");

        assertThat(message).contains("bad check");
        // The throwing check is recorded as failed; the ones after it never run (as in k6).
        assertThat(script.vu().samples("checks")).extracting(s -> s.tags().get("check"))
                .containsExactly("before", "boom");
        assertThat(script.vu().samples("checks")).extracting(Sample::value).containsExactly(1.0, 0.0);
    }

    @Test
    void inTheInitContextCheckThrowsK6sMessage() {
        try (ModuleScript init = new ModuleScript().importing("k6", new K6Module())) {
            assertThat(init.errorOf("check(1, { ok: true })"))
                    .isEqualTo("Using check() in the init context is not supported");
            assertThat(init.vu().samples()).isEmpty();
        }
    }

    @Test
    void asyncCheckFunctionsAreRefused() {
        assertThat(script.errorOf("check(1, { a: async () => true })"))
                .startsWith("the built-in check() does not support async functions");
    }

    @Test
    void checkNamesMayNotHoldTheGroupSeparator() {
        assertThat(script.errorOf("check(1, { 'a::b': true })"))
                .isEqualTo("group and check names may not contain '::'");
    }

    @Test
    void invalidTagValuesAreRefused() {
        assertThat(script.errorOf("check(1, { ok: true }, { bad: { nested: 1 } })"))
                .contains("invalid value for metric tag 'bad'");
    }

    @Test
    void theDefaultExportHasTheSameFunctions() {
        assertThat(script.eval("k6.check(1, { ok: (v) => v === 1 })").asBoolean()).isTrue();
        assertThat(script.eval("typeof k6.sleep + typeof k6.group + typeof k6.fail + typeof k6.randomSeed").asString())
                .isEqualTo("functionfunctionfunctionfunction");
    }
}
