package io.jk6.ext.logger;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggerOutputTest {

    static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);

    @Test
    void printsOneLinePerSampleWithMetricValueAndTagsAndFlushesAtStop() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LoggerOutput output = new LoggerOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output.start();
        output.addMetricSamples(List.<SampleContainer>of(
                new Sample(REQS, TagSet.of("method", "GET", "status", "200"), 1494333285625L, 1),
                new Sample(REQS, TagSet.empty(), 1494333285626L, 2)));

        output.stop();

        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
                "2017-05-09T12:34:45.625Z metric=http_reqs value=1.0 tags={method:GET, status:200}",
                "2017-05-09T12:34:45.626Z metric=http_reqs value=2.0 tags={}");
    }
}
