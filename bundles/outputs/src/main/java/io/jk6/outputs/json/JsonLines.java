package io.jk6.outputs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.support.JsonNumber;
import io.jk6.support.output.EncodedOnce;
import java.io.IOException;
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
 * sub-metrics). Not thread-safe: the dispatcher's thread makes every row.
 */
final class JsonLines {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String NO_TAGS = ",\"tags\":null"; // as k6's docs show for vus
    /** Bound of {@link #tagsFields}: a test with ever-new tag values (ids in URLs) must not grow it without end. */
    private static final int MAX_TAG_SETS = 10_000;

    private final StringBuilder row = new StringBuilder(512);
    private final Rfc3339Nano time;
    private final Map<String, List<String>> thresholds;
    /** Per metric name, the end of its Point lines (the metric field and the newline); present once its Metric line is written. */
    private final Map<String, String> pointEnds = new HashMap<>();
    /** Per tag set, the tags field of a Point line. */
    private final EncodedOnce<TagSet, String> tagsFields = new EncodedOnce<>(MAX_TAG_SETS,
            tags -> tags.isEmpty() ? NO_TAGS : ",\"tags\":" + objectOf(tags));
    private long startNanos = Long.MIN_VALUE;
    private String start;
    /** The metric whose Metric line the last row began with, if it did. */
    private String describedInLastRow;

    /** @param thresholds per metric name, for its Metric line */
    JsonLines(ZoneId zone, Map<String, List<String>> thresholds) {
        this.time = new Rfc3339Nano(zone);
        this.thresholds = thresholds;
    }

    /**
     * The sample's line, after its metric's line if this is the metric's first sample; the text is
     * reused by the next call.
     */
    CharSequence row(Sample sample) {
        row.setLength(0);
        describedInLastRow = null;
        String end = pointEnds.get(sample.metric().name());
        if (end == null) {
            end = describe(sample.metric());
            describedInLastRow = sample.metric().name();
        }
        row.append(start(sample));
        // Go refuses NaN and infinities; null keeps the line valid JSON
        row.append(Double.isFinite(sample.value()) ? JsonNumber.format(sample.value()) : "null");
        row.append(tagsFields.get(sample.tags()));
        return row.append(end);
    }

    /** The last row was not written: its metric's line, if it had one, goes with the metric's next row. */
    void rowDropped() {
        if (describedInLastRow != null) {
            pointEnds.remove(describedInLastRow);
        }
    }

    /** A Point line up to its value (type, time), made again only when the time changes. */
    private String start(Sample sample) {
        if (sample.timeNanos() != startNanos || start == null) {
            startNanos = sample.timeNanos();
            start = "{\"type\":\"Point\",\"data\":{\"time\":\"" + time.format(sample.time()) + "\",\"value\":";
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

    /** Puts the Metric line in the row and returns the end of the metric's Point lines. */
    private String describe(Metric metric) {
        row.append(jsonOf(json -> {
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
        })).append('\n');
        String end = "},\"metric\":" + jsonOf(name -> name.writeString(metric.name())) + "}\n";
        pointEnds.put(metric.name(), end);
        return end;
    }
}
