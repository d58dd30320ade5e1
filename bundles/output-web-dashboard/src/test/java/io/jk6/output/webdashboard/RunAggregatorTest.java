package io.jk6.output.webdashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods become chart points (the run's and each scenario's); totals and thresholds cover the whole run. */
class RunAggregatorTest {

    static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
    static final Metric DURATION = new Metric("http_req_duration", MetricType.TREND, ValueType.TIME);
    static final Metric FAILED = new Metric("http_req_failed", MetricType.RATE, ValueType.DEFAULT);
    static final Metric VUS = new Metric("vus", MetricType.GAUGE, ValueType.DEFAULT);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long START = 1_000_000;

    /** One request of {@code millis} in {@code scenario}, failed or not. */
    static SampleContainer request(String scenario, double millis, boolean failed) {
        TagSet tags = TagSet.of("scenario", scenario, "status", failed ? "500" : "200");
        return SampleContainer.of(List.of(new Sample(REQS, tags, START, 1), new Sample(DURATION, tags, START, millis),
                new Sample(FAILED, tags, START, failed ? 1 : 0)));
    }

    private static JsonNode state(RunAggregator aggregator, long now) throws Exception {
        JsonText json = new JsonText().beginObject();
        aggregator.writeTo(json, now);
        return JSON.readTree(json.endObject().toString());
    }

    @Test
    void eachPeriodIsAPointOfRatesAndPercentiles() throws Exception {
        RunAggregator aggregator = new RunAggregator(START, List.of());
        List<SampleContainer> batch = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            batch.add(request("default", i, i % 10 == 0));
        }
        batch.add(new Sample(VUS, TagSet.empty(), START, 5));
        aggregator.add(batch);

        JsonNode point = JSON.readTree(aggregator.closePeriod(START + 2000));

        assertThat(point.get("t").asDouble()).isEqualTo(2.0);
        assertThat(point.get("reqs").asDouble()).as("100 requests in 2 s").isEqualTo(50.0);
        assertThat(point.get("dAvg").asDouble()).isEqualTo(50.5);
        assertThat(point.get("d95").asDouble()).as("3 significant digits").isCloseTo(95.0, withinPercentage(0.1));
        assertThat(point.get("d99").asDouble()).isCloseTo(99.0, withinPercentage(0.1));
        assertThat(point.get("failed").asDouble()).isEqualTo(0.1);
        assertThat(point.get("checks").isNull()).as("no checks ran: no point rather than 0").isTrue();
        assertThat(point.get("vus").asDouble()).isEqualTo(5);
        assertThat(point.at("/sc/default/reqs").asDouble()).isEqualTo(50.0);

        JsonNode empty = JSON.readTree(aggregator.closePeriod(START + 3000));
        assertThat(empty.get("reqs").asDouble()).isZero();
        assertThat(empty.get("d95").isNull()).isTrue();
        assertThat(empty.get("vus").asDouble()).as("the last VU count holds").isEqualTo(5);
        assertThat(aggregator.periodStartMillis()).as("the next period's start").isEqualTo(START + 3000);
    }

    @Test
    void everyScenarioSeenHasItsSeriesInEveryLaterPoint() throws Exception {
        RunAggregator aggregator = new RunAggregator(START, List.of());
        aggregator.add(List.of(request("browse", 10, false)));
        aggregator.closePeriod(START + 1000);
        aggregator.add(List.of(request("checkout", 30, true), request("checkout", 30, true)));

        JsonNode point = JSON.readTree(aggregator.closePeriod(START + 2000));

        assertThat(point.at("/sc/browse/reqs").asDouble()).as("seen before, idle now").isZero();
        assertThat(point.at("/sc/checkout/reqs").asDouble()).isEqualTo(2.0);
        assertThat(point.at("/sc/checkout/failed").asDouble()).isEqualTo(1.0);
        assertThat(state(aggregator, START + 2000).get("scenarios").toString()).isEqualTo("[\"browse\",\"checkout\"]");
    }

    @Test
    void totalsAndThresholdsCoverTheWholeRunSubmetricsIncluded() throws Exception {
        RunAggregator aggregator = new RunAggregator(START, List.of(Threshold.parse("http_req_duration", "p(95)<100"),
                Threshold.parse("http_req_duration{status:500}", "max<20"), Threshold.parse("http_req_failed", "rate<0.01"),
                Threshold.parse("checks", "rate>0.9")));
        aggregator.add(List.of(request("default", 10, false), request("default", 50, true)));
        aggregator.closePeriod(START + 1000);
        aggregator.add(List.of(request("default", 30, false)));

        JsonNode state = state(aggregator, START + 4000);

        JsonNode reqs = find(state.get("metrics"), "http_reqs");
        assertThat(reqs.at("/stats/count").asDouble()).isEqualTo(3);
        assertThat(reqs.at("/stats/rate").asDouble()).as("per second of the run").isEqualTo(0.75);
        assertThat(find(state.get("metrics"), "http_req_duration").at("/stats/med").asDouble()).isCloseTo(30, withinPercentage(0.1));
        assertThat(find(state.get("metrics"), "http_req_duration{status:500}").at("/stats/max").asDouble()).isEqualTo(50);
        assertThat(find(state.get("metrics"), "http_req_failed").at("/stats/passes").asDouble()).isEqualTo(1);
        JsonNode verdicts = state.get("thresholds");
        assertThat(verdicts.get(0).get("ok").asBoolean()).isTrue();
        assertThat(verdicts.get(1).get("ok").asBoolean()).as("the 500's max is 50").isFalse();
        assertThat(verdicts.get(2).get("ok").asBoolean()).isFalse();
        assertThat(verdicts.get(3).get("ok").isNull()).as("no checks: no data, no verdict").isTrue();
    }

    private static JsonNode find(JsonNode metrics, String name) {
        for (JsonNode m : metrics) {
            if (m.get("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + name + " in " + metrics);
    }
}
