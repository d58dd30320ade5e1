package io.jk6.output.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** k6's mapping of metric types to instruments, read back from the SDK. */
class SampleRecorderTest {

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SampleRecorder recorder = new SampleRecorder(
            SdkMeterProvider.builder().registerMetricReader(reader).build().get("k6"), "p_");

    private void record(Metric metric, double value, String... tags) {
        recorder.record(new Sample(metric, TagSet.of(tags), 0, value));
    }

    private Map<String, MetricData> collect() {
        return reader.collectAllMetrics().stream().collect(Collectors.toMap(MetricData::getName, m -> m));
    }

    @Test
    void eachTypeGetsK6sInstrumentNameAndUnit() {
        record(new Metric("reqs", MetricType.COUNTER, ValueType.DEFAULT), 2, "url", "/a", "group", "");
        record(new Metric("reqs", MetricType.COUNTER, ValueType.DEFAULT), 3, "url", "/a", "group", "");
        record(new Metric("vus", MetricType.GAUGE, ValueType.DEFAULT), 4);
        record(new Metric("vus", MetricType.GAUGE, ValueType.DEFAULT), 7);
        record(new Metric("dur", MetricType.TREND, ValueType.TIME), 12.5);
        record(new Metric("sent", MetricType.TREND, ValueType.DATA), 100);
        Metric checks = new Metric("checks", MetricType.RATE, ValueType.DEFAULT);
        record(checks, 1);
        record(checks, 1);
        record(checks, 0);

        Map<String, MetricData> data = collect();
        assertThat(data).containsOnlyKeys("p_reqs", "p_vus", "p_dur", "p_sent", "p_checks.total");
        MetricData reqs = data.get("p_reqs");
        assertThat(reqs.getType()).isEqualTo(MetricDataType.DOUBLE_SUM);
        assertThat(reqs.getDoubleSumData().getPoints()).singleElement().satisfies(p -> {
            assertThat(p.getValue()).isEqualTo(5);
            assertThat(p.getAttributes()).as("empty tags are left out, as k6")
                    .isEqualTo(Attributes.of(AttributeKey.stringKey("url"), "/a"));
        });
        assertThat(data.get("p_vus").getType()).isEqualTo(MetricDataType.DOUBLE_GAUGE);
        assertThat(data.get("p_vus").getDoubleGaugeData().getPoints()).singleElement()
                .satisfies(p -> assertThat(p.getValue()).isEqualTo(7));
        assertThat(data.get("p_dur").getType()).isEqualTo(MetricDataType.HISTOGRAM);
        assertThat(data.get("p_dur").getUnit()).isEqualTo("ms");
        assertThat(data.get("p_sent").getUnit()).isEqualTo("By");
        assertThat(data.get("p_dur").getHistogramData().getPoints()).singleElement()
                .satisfies(p -> assertThat(p.getSum()).isEqualTo(12.5));
        assertThat(data.get("p_checks.total").getType()).isEqualTo(MetricDataType.LONG_SUM);
        assertThat(data.get("p_checks.total").getLongSumData().getPoints().stream().collect(Collectors.toMap(
                p -> p.getAttributes().get(AttributeKey.stringKey("condition")), p -> p.getValue())))
                .isEqualTo(Map.of("nonzero", 2L, "zero", 1L));
    }
}
