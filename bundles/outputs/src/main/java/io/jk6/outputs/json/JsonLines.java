package io.jk6.outputs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.support.JsonNumber;
import io.jk6.support.output.EncodedOnce;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k6's JSON output format, one JSON object per line: a {@code Metric} line the first time a
 * metric shows up, then a {@code Point} line per sample.
 *
 * <pre>
 * {"type":"Metric","data":{"name":"http_reqs","type":"counter","contains":"default","thresholds":[],"submetrics":null},"metric":"http_reqs"}
 * {"type":"Point","data":{"time":"2026-11-26T10:15:30.123+01:00","value":1,"tags":{"method":"GET"}},"metric":"http_reqs"}
 * </pre>
 *
 * A Point line is written as four pre-encoded pieces: its start with the time (one per sample
 * time: a request's dozen samples share it), the value, the tags (one per tag set: a request's
 * samples share it, and the same set recurs from request to request) and its end with the metric
 * name. Encoding every field of every line through the generator took a sixth of a busy 2-core
 * test's CPU (a JFR recording of 50 VUs); the pieces are escaped by Jackson all the same.
 *
 * <p>Differences from k6: {@code submetrics} is always null (outputs see metrics, not the summary's
 * sub-metrics). Not thread-safe.
 */
final class JsonLines implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final SerializedString NO_TAGS = new SerializedString(",\"tags\":null"); // as k6's docs show for vus
    /** Bound of {@link #tagsFields}: a test with ever-new tag values (ids in URLs) must not grow it without end. */
    private static final int MAX_TAG_SETS = 10_000;

    private final JsonGenerator json;
    private final Rfc3339Nano time;
    private final Map<String, List<String>> thresholds;
    /** Per metric name, the end of its Point lines (the metric field and the newline); present once its Metric line is written. */
    private final Map<String, SerializedString> pointEnds = new HashMap<>();
    /** Per tag set, the tags field of a Point line. */
    private final EncodedOnce<TagSet, SerializedString> tagsFields = new EncodedOnce<>(MAX_TAG_SETS,
            tags -> tags.isEmpty() ? NO_TAGS : new SerializedString(",\"tags\":" + objectOf(tags)));
    private long startNanos = Long.MIN_VALUE;
    private SerializedString start;

    /** @param thresholds per metric name, for its Metric line */
    JsonLines(OutputStream out, ZoneId zone, Map<String, List<String>> thresholds) throws IOException {
        this.json = JSON.createGenerator(out);
        this.json.setRootValueSeparator(null);
        this.time = new Rfc3339Nano(zone);
        this.thresholds = thresholds;
    }

    /** Writes the sample's line, after its metric's line if this is the metric's first sample. */
    void write(Sample sample) throws IOException {
        SerializedString end = pointEnds.get(sample.metric().name());
        if (end == null) {
            end = writeMetric(sample.metric());
        }
        json.writeRaw(start(sample));
        // Go refuses NaN and infinities; null keeps the line valid JSON
        json.writeRaw(Double.isFinite(sample.value()) ? JsonNumber.format(sample.value()) : "null");
        json.writeRaw(tagsFields.get(sample.tags()));
        json.writeRaw(end);
    }

    /** A Point line up to its value (type, time), made again only when the time changes. */
    private SerializedString start(Sample sample) {
        if (sample.timeNanos() != startNanos || start == null) {
            startNanos = sample.timeNanos();
            start = new SerializedString("{\"type\":\"Point\",\"data\":{\"time\":\"" + time.format(sample.time())
                    + "\",\"value\":");
        }
        return start;
    }

    /** The tags as a JSON object. */
    private static String objectOf(TagSet tags) {
        return jsonOf(object -> {
            object.writeStartObject();
            for (Map.Entry<String, String> tag : tags.asMap().entrySet()) {
                object.writeStringField(tag.getKey(), tag.getValue());
            }
            object.writeEndObject();
        });
    }

    /** What Jackson writes for one value: a piece of a line, escaped as the rest of the lines are. */
    private static String jsonOf(JsonWrite write) {
        StringWriter text = new StringWriter();
        try (JsonGenerator piece = JSON.createGenerator(text)) {
            write.to(piece);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: a StringWriter", e);
        }
        return text.toString();
    }

    private interface JsonWrite {
        void to(JsonGenerator json) throws IOException;
    }

    /** Writes the Metric line and returns the end of the metric's Point lines. */
    private SerializedString writeMetric(Metric metric) throws IOException {
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
        SerializedString end = new SerializedString("},\"metric\":" + jsonOf(name -> name.writeString(metric.name()))
                + "}\n");
        pointEnds.put(metric.name(), end);
        return end;
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
