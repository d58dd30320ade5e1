package io.jk6.k6.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.k6.K6Module;
import io.jk6.testing.ModuleScript;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsModuleTest {

    private ModuleScript script;

    @BeforeEach
    void openScript() {
        script = new ModuleScript().importing("metrics", new MetricsModule()).importing("k6", new K6Module());
    }

    @AfterEach
    void closeScript() {
        script.close();
    }

    @Test
    void aTimeTrendPushesTimeSamplesWithTheGivenTags() {
        script.eval("var t = new Trend('t', true)");
        script.vu().startIterations();

        boolean added = script.eval("t.add(5, { a: 'b' })").asBoolean();

        assertThat(added).isTrue();
        Sample sample = script.vu().samples("t").get(0);
        assertThat(sample.metric().type()).isEqualTo(MetricType.TREND);
        assertThat(sample.metric().valueType()).isEqualTo(ValueType.TIME);
        assertThat(sample.value()).isEqualTo(5.0);
        assertThat(sample.tags().get("a")).isEqualTo("b");
        assertThat(sample.tags().get("scenario")).isEqualTo("default");
        assertThat(script.eval("t.name").asString()).isEqualTo("t");
    }

    @Test
    void eachConstructorMakesItsType() {
        script.eval("""
                var c = new Counter('my_counter');
                var g = new Gauge('my_gauge');
                var r = new Rate('my_rate');
                var t = new Trend('my_trend');
                """);
        script.vu().startIterations();
        script.eval("c.add(2); g.add(7.5); r.add(true); r.add(false); t.add(3)");

        assertThat(script.vu().samples("my_counter").get(0).metric().type()).isEqualTo(MetricType.COUNTER);
        assertThat(script.vu().samples("my_gauge").get(0).metric().type()).isEqualTo(MetricType.GAUGE);
        assertThat(script.vu().samples("my_trend").get(0).metric().type()).isEqualTo(MetricType.TREND);
        assertThat(script.vu().samples("my_trend").get(0).metric().valueType()).isEqualTo(ValueType.DEFAULT);
        List<Sample> rate = script.vu().samples("my_rate");
        assertThat(rate.get(0).metric().type()).isEqualTo(MetricType.RATE);
        assertThat(rate).extracting(Sample::value).containsExactly(1.0, 0.0);
        assertThat(script.vu().samples("my_gauge").get(0).value()).isEqualTo(7.5);
    }

    @Test
    void theDefaultExportHoldsTheConstructors() {
        script.eval("var c = new metrics.Counter('via_default')");
        script.vu().startIterations();
        script.eval("c.add(1)");

        assertThat(script.vu().samples("via_default")).hasSize(1);
    }

    @Test
    void samplesCarryTheCurrentGroup() {
        script.eval("var c = new Counter('grouped')");
        script.vu().startIterations();
        script.eval("group('shop', () => c.add(1))");

        assertThat(script.vu().samples("grouped").get(0).tags().get("group")).isEqualTo("::shop");
    }

    @Test
    void anInvalidNameIsAClearErrorNamingTheMetric() {
        String message = script.errorOf("new Counter('bad name!')");

        assertThat(message).contains("'bad name!'").contains("invalid metric name");
        assertThat(script.errorOf("new Trend()")).contains("needs a name");
    }

    @Test
    void aNameTakenByAnotherTypeIsAClearError() {
        script.eval("new Counter('shared')");

        assertThat(script.errorOf("new Trend('shared')")).contains("'shared'").contains("already exists");
    }

    @Test
    void metricsCannotBeCreatedOutsideTheInitContext() {
        script.vu().startIterations();

        assertThat(script.errorOf("new Counter('late')")).isEqualTo("metrics must be declared in the init context");
        assertThat(script.vu().metrics().metric("late")).isEmpty();
    }

    @Test
    void addingInTheInitContextThrowsK6sMessage() {
        assertThat(script.errorOf("new Counter('early').add(1)"))
                .isEqualTo("Adding to metrics in the init context is not supported");
    }

    @Test
    void nonNumbersFollowK6sRules() {
        script.eval("var c = new Counter('values')");
        script.vu().startIterations();

        // Accepted: numeric strings convert, true is 1; rejected (warning, false): NaN, null, objects.
        assertThat(script.eval("[c.add('4'), c.add(true), c.add(false), c.add('abc'), c.add(null), c.add({}), c.add()].join()")
                .asString()).isEqualTo("true,true,true,false,false,false,false");
        assertThat(script.vu().samples("values")).extracting(Sample::value).containsExactly(4.0, 1.0, 0.0);
    }

    @Test
    void invalidTagValuesAreAnError() {
        script.eval("var c = new Counter('tagged')");
        script.vu().startIterations();

        assertThat(script.errorOf("c.add(1, { t: [1] })"))
                .isEqualTo("cannot add tags for the 'tagged' custom metric: invalid value for metric tag 't': "
                        + "only String, Boolean and Number types are accepted as a metric tag values");
        assertThat(script.eval("c.add(1, { s: 'x', b: true, n: 1.5 })").asBoolean()).isTrue();
        TagSet tags = script.vu().samples("tagged").get(0).tags();
        assertThat(tags.get("s")).isEqualTo("x");
        assertThat(tags.get("b")).isEqualTo("true");
        assertThat(tags.get("n")).isEqualTo("1.5");
    }

    @Test
    void theSameNameGivesTheSameMetric() {
        script.eval("var a = new Counter('twice'); var b = new Counter('twice')");
        script.vu().startIterations();
        script.eval("a.add(1); b.add(2)");

        assertThat(script.vu().samples("twice")).extracting(Sample::metric).containsOnly(script.vu().samples("twice").get(0).metric());
    }
}
