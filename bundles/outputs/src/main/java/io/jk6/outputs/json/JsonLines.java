package io.jk6.outputs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.support.JsonNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
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
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString POINT = new SerializedString("Point");
    private static final SerializedString DATA = new SerializedString("data");
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString TAGS = new SerializedString("tags");
    private static final SerializedString METRIC = new SerializedString("metric");
    /** Bound of {@link #encoded}: a test with ever-new tag values (ids in URLs) must not grow it without end. */
    private static final int MAX_ENCODED = 10_000;

    private final JsonGenerator json;
    private final Rfc3339Nano time;
    private final Map<String, List<String>> thresholds;
    private final Set<String> seenMetrics = new HashSet<>();
    /**
     * Metric names and tag names and values, escaped and encoded once: they repeat from sample to
     * sample (method, status, the same URLs), and encoding each anew was half of a line's cost.
     */
    private final Map<String, SerializedString> encoded = new HashMap<>();

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
        json.writeFieldName(TYPE);
        json.writeString(POINT);
        json.writeFieldName(DATA);
        json.writeStartObject();
        json.writeFieldName(TIME);
        json.writeString(time.format(sample.time()));
        json.writeFieldName(VALUE);
        // Go refuses NaN and infinities; null keeps the line valid JSON
        json.writeNumber(Double.isFinite(sample.value()) ? JsonNumber.format(sample.value()) : "null");
        json.writeFieldName(TAGS);
        writeTags(sample.tags());
        json.writeEndObject();
        json.writeFieldName(METRIC);
        json.writeString(encoded(metric.name()));
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
                    json.writeFieldName(encoded(name));
                    json.writeString(encoded(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndObject();
    }

    private SerializedString encoded(String text) {
        SerializedString known = encoded.get(text);
        if (known == null) {
            if (encoded.size() >= MAX_ENCODED) {
                encoded.clear();
            }
            known = new SerializedString(text);
            encoded.put(text, known);
        }
        return known;
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
