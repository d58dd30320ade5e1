package io.jk6.outputs.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);
    static final Metric DURATION = new Metric("http_req_duration", MetricType.TREND, ValueType.TIME);
    static final Metric VUS = new Metric("vus", MetricType.GAUGE, ValueType.DEFAULT);
    // 2017-05-09T12:34:45.625Z
    static final long TIME = 1494333285625L;

    private static String lines(ZoneId zone, Map<String, List<String>> thresholds, Sample... samples) {
        JsonLines lines = new JsonLines(zone, thresholds);
        StringBuilder text = new StringBuilder();
        for (Sample s : samples) {
            text.append(lines.row(s));
        }
        return text.toString();
    }

    @Test
    void aMetricLineOnceThenAPointLinePerSampleAsK6() throws Exception {
        TagSet tags = TagSet.of("method", "GET", "status", "200");
        String text = lines(ZoneOffset.ofHours(2), Map.of("http_req_duration", List.of("p(95)<500")),
                new Sample(REQS, tags, TIME, 1),
                new Sample(DURATION, tags, TIME, 117.003),
                new Sample(REQS, tags, TIME + 1, 1));

        assertThat(text.split("\n", -1)).containsExactly(
                "{\"type\":\"Metric\",\"data\":{\"name\":\"http_reqs\",\"type\":\"counter\",\"contains\":\"default\","
                        + "\"thresholds\":[],\"submetrics\":null},\"metric\":\"http_reqs\"}",
                "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:45.625+02:00\",\"value\":1,"
                        + "\"tags\":{\"method\":\"GET\",\"status\":\"200\"}},\"metric\":\"http_reqs\"}",
                "{\"type\":\"Metric\",\"data\":{\"name\":\"http_req_duration\",\"type\":\"trend\",\"contains\":\"time\","
                        + "\"thresholds\":[\"p(95)<500\"],\"submetrics\":null},\"metric\":\"http_req_duration\"}",
                "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:45.625+02:00\",\"value\":117.003,"
                        + "\"tags\":{\"method\":\"GET\",\"status\":\"200\"}},\"metric\":\"http_req_duration\"}",
                "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:45.626+02:00\",\"value\":1,"
                        + "\"tags\":{\"method\":\"GET\",\"status\":\"200\"}},\"metric\":\"http_reqs\"}",
                "");
    }

    @Test
    void aMetricWhoseFirstLineWasDroppedIsDescribedInItsNextLine() {
        JsonLines lines = new JsonLines(ZoneOffset.UTC, Map.of());
        Sample first = new Sample(REQS, TagSet.empty(), TIME, 1);
        assertThat(lines.row(first).toString()).startsWith("{\"type\":\"Metric\"");
        lines.rowDropped(); // the buffer was full

        Sample second = new Sample(REQS, TagSet.empty(), TIME + 1, 1);
        String[] rows = lines.row(second).toString().split("\n");
        assertThat(rows).as("the Metric line, then the Point line").hasSize(2);
        assertThat(rows[0]).startsWith("{\"type\":\"Metric\"");
        assertThat(rows[1]).startsWith("{\"type\":\"Point\"");
        // that row was kept
        assertThat(lines.row(first).toString()).startsWith("{\"type\":\"Point\"");
    }

    @Test
    void utcTimesEndInZAndTrailingZerosOfTheFractionAreDropped() throws Exception {
        String text = lines(ZoneOffset.UTC, Map.of(), new Sample(VUS, TagSet.empty(), 1494333285600L, 5));
        assertThat(text).contains("\"time\":\"2017-05-09T12:34:45.6Z\",\"value\":5,\"tags\":null");
        String nanos = lines(ZoneOffset.UTC, Map.of(), new Sample(VUS, TagSet.empty(), 1494333285625L, 5, 742_514));
        assertThat(nanos).as("to the nanosecond, as k6").contains("\"time\":\"2017-05-09T12:34:45.625742514Z\"");
    }

    @Test
    void numbersAreWrittenAsGoWritesAFloat64() throws Exception {
        // every text is in io.jk6.support.JsonNumberTest; these show the line takes it
        assertThat(lines(ZoneOffset.UTC, Map.of(), new Sample(VUS, TagSet.empty(), 0, 1.5e-7)))
                .contains("\"value\":1.5e-7,");
        assertThat(lines(ZoneOffset.UTC, Map.of(), new Sample(VUS, TagSet.empty(), 0, Double.NaN)))
                .as("Go cannot write NaN; null keeps the line JSON").contains("\"value\":null,");
    }

    @Test
    void eachLineHasItsOwnSamplesTagsWhetherTheSetRepeatsOrAlternates() throws Exception {
        TagSet get = TagSet.of("method", "GET", "url", "http://h/a?q=\"x\"&s=\u00e9");
        TagSet post = TagSet.of("method", "POST");
        TagSet getAgain = TagSet.of("method", "GET", "url", "http://h/a?q=\"x\"&s=\u00e9"); // equal, not the same
        String text = lines(ZoneOffset.UTC, Map.of(), new Sample(REQS, get, TIME, 1), new Sample(REQS, post, TIME, 1),
                new Sample(REQS, getAgain, TIME, 1), new Sample(REQS, TagSet.empty(), TIME, 1),
                new Sample(REQS, post, TIME, 1));

        assertThat(text.lines().skip(1).map(l -> l.replaceAll(".*\"tags\":(.*)},\"metric.*", "$1"))).containsExactly(
                "{\"method\":\"GET\",\"url\":\"http://h/a?q=\\\"x\\\"&s=\u00e9\"}",
                "{\"method\":\"POST\"}",
                "{\"method\":\"GET\",\"url\":\"http://h/a?q=\\\"x\\\"&s=\u00e9\"}",
                "null",
                "{\"method\":\"POST\"}");
    }
}
