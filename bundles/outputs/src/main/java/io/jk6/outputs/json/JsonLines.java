package io.jk6.outputs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.support.JsonNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * k6's JSON output format, one JSON object per line: a {@code Metric} line the first time a
 * metric shows up, then a {@code Point} line per sample.
 *
 * <pre>
 * {"type":"Metric","data":{"name":"http_reqs","type":"counter","contains":"default","thresholds":[],"submetrics":null},"metric":"http_reqs"}
 * {"type":"Point","data":{"time":"2026-11-26T10:15:30.123+01:00","value":1,"tags":{"method":"GET"}},"metric":"http_reqs"}
 * </pre>
 *
 * Differences from k6: {@code submetrics}
 * is always null (outputs see metrics, not the summary's sub-metrics). Not thread-safe.
 */
final class JsonLines implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;
    private final Rfc3339Nano time;
    private final Map<String, List<String>> thresholds;
    private final Set<String> seenMetrics = new HashSet<>();

    /** @param thresholds per metric name, for its Metric line */
    JsonLines(OutputStream out, ZoneId zone, Map<String, List<String>> thresholds) throws IOException {
        this.json = JSON.createGenerator(out);
        this.json.setRootValueSeparator(null);
        this.time = new Rfc3339Nano(zone);
        this.thresholds = thresholds;
    }

    /** Writes the sample's line, after its metric's line if this is the metric's first sample. */
    void write(Sample sample) throws IOException {
        Metric metric = sample.metric();
        if (seenMetrics.add(metric.name())) {
            writeMetric(metric);
        }
        json.writeStartObject();
        json.writeStringField("type", "Point");
        json.writeObjectFieldStart("data");
        json.writeStringField("time", time.format(sample.time()));
        json.writeFieldName("value");
        // Go refuses NaN and infinities; null keeps the line valid JSON
        json.writeNumber(Double.isFinite(sample.value()) ? JsonNumber.format(sample.value()) : "null");
        json.writeFieldName("tags");
        writeTags(sample.tags());
        json.writeEndObject();
        json.writeStringField("metric", metric.name());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeMetric(Metric metric) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Metric");
        json.writeObjectFieldStart("data");
        json.writeStringField("name", metric.name());
        json.writeStringField("type", metric.type().k6Name());
        json.writeStringField("contains", metric.valueType().k6Name());
        json.writeArrayFieldStart("thresholds");
        for (String t : thresholds.getOrDefault(metric.name(), List.of())) {
            json.writeString(t);
        }
        json.writeEndArray();
        json.writeNullField("submetrics");
        json.writeEndObject();
        json.writeStringField("metric", metric.name());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeTags(TagSet tags) throws IOException {
        if (tags.isEmpty()) {
            json.writeNull(); // as k6's documentation shows for vus
            return;
        }
        json.writeStartObject();
        try {
            tags.forEach((name, value) -> {
                try {
                    json.writeStringField(name, value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndObject();
    }

    /** Pushes buffered lines to the stream. */
    void flush() throws IOException {
        json.flush();
    }

    /** Flushes; closes the stream too unless it is stdout. */
    @Override
    public void close() throws IOException {
        json.close();
    }
}
