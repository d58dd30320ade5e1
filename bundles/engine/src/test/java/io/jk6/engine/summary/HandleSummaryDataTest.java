package io.jk6.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

class HandleSummaryDataTest {

    private static Value parsed(String json) {
        Context js = Context.create("js");
        return js.eval("js", "JSON.parse").execute(json);
    }

    @Test
    void hasK6sShapeWithGroupsAndChecksAsArraysAndThresholdsOk() {
        SummaryData data = SummaryFixture.data(SummaryFixture.defaultThresholds());
        Value d = parsed(HandleSummaryData.toJson(data, List.of("avg", "p(99)", "count"), "ms", true, false, true));

        Value root = d.getMember("root_group");
        assertThat(root.getMember("name").asString()).isEmpty();
        assertThat(root.getMember("id").asString()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(root.getMember("checks").getArraySize()).isEqualTo(1);
        Value check = root.getMember("checks").getArrayElement(0);
        assertThat(check.getMember("name").asString()).isEqualTo("status is 200");
        assertThat(check.getMember("path").asString()).isEqualTo("::status is 200");
        assertThat(check.getMember("passes").asLong()).isEqualTo(10);
        Value login = root.getMember("groups").getArrayElement(0);
        assertThat(login.getMember("name").asString()).isEqualTo("login");
        assertThat(login.getMember("path").asString()).isEqualTo("::login");
        assertThat(login.getMember("checks").getArrayElement(0).getMember("fails").asLong()).isEqualTo(5);

        Value options = d.getMember("options");
        assertThat(options.getMember("summaryTrendStats").getArraySize()).isEqualTo(3);
        assertThat(options.getMember("summaryTimeUnit").asString()).isEqualTo("ms");
        assertThat(options.getMember("noColor").asBoolean()).isTrue();
        Value state = d.getMember("state");
        assertThat(state.getMember("isStdOutTTY").asBoolean()).isFalse();
        assertThat(state.getMember("isStdErrTTY").asBoolean()).isTrue();
        assertThat(state.getMember("testRunDurationMs").asDouble()).isEqualTo(2000.0);

        Value duration = d.getMember("metrics").getMember("http_req_duration");
        assertThat(duration.getMember("type").asString()).isEqualTo("trend");
        assertThat(duration.getMember("contains").asString()).isEqualTo("time");
        assertThat(duration.getMember("values").getMemberKeys()).containsExactly("avg", "p(99)", "count");
        assertThat(duration.getMember("values").getMember("avg").asDouble()).isEqualTo(500.0);
        assertThat(duration.getMember("values").getMember("count").asDouble()).isEqualTo(11.0);
        assertThat(duration.getMember("thresholds").getMember("p(95)<500").getMember("ok").asBoolean())
                .as("p(95) is 950 ms").isFalse();
        Value failed = d.getMember("metrics").getMember("http_req_failed");
        assertThat(failed.getMember("values").getMemberKeys()).containsExactly("rate", "passes", "fails");
        assertThat(failed.getMember("thresholds").getMember("rate<0.01").getMember("ok").asBoolean()).isTrue();
        Value received = d.getMember("metrics").getMember("data_received");
        assertThat(received.getMember("contains").asString()).isEqualTo("data");
        assertThat(received.getMember("values").getMember("count").asDouble()).isEqualTo(12_345.0);
        assertThat(received.getMember("values").getMember("rate").asDouble()).isEqualTo(6172.5);
        assertThat(d.getMember("metrics").getMember("vus").getMember("values").getMemberKeys())
                .containsExactly("value", "min", "max");
        assertThat(d.getMember("metrics").getMember("my_counter").hasMember("thresholds")).isFalse();
    }

    @Test
    void anUnsetTimeUnitIsAnEmptyStringAsInK6() {
        SummaryData data = SummaryFixture.data(SummaryFixture.defaultThresholds());
        Value d = parsed(HandleSummaryData.toJson(data, MetricValues.DEFAULT_TREND_STATS, null, false, true, true));
        assertThat(d.getMember("options").getMember("summaryTimeUnit").asString()).isEmpty();
    }
}
