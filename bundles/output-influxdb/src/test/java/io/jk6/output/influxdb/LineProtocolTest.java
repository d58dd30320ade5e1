package io.jk6.output.influxdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines as k6 writes them, escaped as InfluxDB's line protocol wants. */
class LineProtocolTest {

    private static final Metric DURATION = new Metric("http_req_duration", MetricType.TREND, ValueType.TIME);

    private static String line(LineProtocol protocol, Sample sample) {
        StringBuilder out = new StringBuilder();
        protocol.append(out, protocol.tagParts(sample.tags()), sample);
        return out.toString();
    }

    @Test
    void tagsAreSortedAndEscapedFieldsTypedAndTheTimeInNanoseconds() {
        LineProtocol protocol = new LineProtocol(List.of("vu:int", "iter:int", "url"), "");
        Sample sample = new Sample(DURATION, TagSet.of("name", "a b,c=d", "status", "200", "vu", "3", "iter", "x",
                "url", "http://h/\"q\"", "group", ""), 1_719_830_000_000L, 123.4, 2);

        assertThat(line(protocol, sample)).isEqualTo("http_req_duration,name=a\\ b\\,c\\=d,status=200"
                + " iter=\"x\",url=\"http://h/\\\"q\\\"\",value=123.4,vu=3i 1719830000000000002\n");
    }

    @Test
    void thePrecisionScalesTheTime() {
        Sample sample = new Sample(DURATION, TagSet.empty(), 1_719_830_000_123L, 1, 456_789);

        assertThat(line(new LineProtocol(List.of(), ""), sample)).endsWith(" value=1 1719830000123456789\n");
        assertThat(line(new LineProtocol(List.of(), "us"), sample)).endsWith(" value=1 1719830000123456\n");
        assertThat(line(new LineProtocol(List.of(), "ms"), sample)).endsWith(" value=1 1719830000123\n");
        assertThat(line(new LineProtocol(List.of(), "s"), sample)).endsWith(" value=1 1719830000\n");
    }
}
