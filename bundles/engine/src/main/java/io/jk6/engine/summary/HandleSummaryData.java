package io.jk6.engine.summary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.engine.metrics.CheckResult;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The object k6 passes to {@code handleSummary(data)}, as JSON:
 * <pre>{@code
 * { "root_group": { "name", "path", "id", "groups": [group...], "checks": [{name, path, id, passes, fails}...] },
 *   "options": { "summaryTrendStats": [...], "summaryTimeUnit": "", "noColor": false },
 *   "state": { "isStdOutTTY", "isStdErrTTY", "testRunDurationMs" },
 *   "metrics": { name: { "type", "contains", "values": {...}, "thresholds": { source: { "ok" } } } } }
 * }</pre>
 * Unlike the {@code --summary-export} file, groups and checks are arrays, thresholds say
 * {@code ok} (true = passed) and a rate keeps its {@code rate} value. {@code setup_data} is added
 * by {@link HandleSummaryCall}.
 */
public final class HandleSummaryData {

    private static final JsonFactory JSON = new JsonFactory();

    private HandleSummaryData() {
    }

    /**
     * @param timeUnit    {@code summaryTimeUnit}, or null when unset (k6 then passes {@code ""})
     * @param noColor     {@code --no-color}
     */
    public static String toJson(SummaryData data, List<String> trendStats, String timeUnit, boolean noColor,
            boolean stdoutTty, boolean stderrTty) {
        MetricValues.validateTrendStats(trendStats);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("root_group");
            writeGroup(g, GroupTree.of(data.checks()));
            g.writeObjectFieldStart("options");
            g.writeArrayFieldStart("summaryTrendStats");
            for (String s : trendStats) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeStringField("summaryTimeUnit", timeUnit == null ? "" : timeUnit);
            g.writeBooleanField("noColor", noColor);
            g.writeEndObject();
            g.writeObjectFieldStart("state");
            g.writeBooleanField("isStdOutTTY", stdoutTty);
            g.writeBooleanField("isStdErrTTY", stderrTty);
            g.writeNumberField("testRunDurationMs", data.testRunDuration().toNanos() / 1e6);
            g.writeEndObject();
            g.writeFieldName("metrics");
            writeMetrics(g, data, trendStats);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeMetrics(JsonGenerator g, SummaryData data, List<String> trendStats) throws IOException {
        Map<String, List<ThresholdResult>> thresholds = new LinkedHashMap<>();
        for (MetricThresholdResults t : data.thresholds()) {
            thresholds.computeIfAbsent(t.name(), k -> new ArrayList<>()).addAll(t.results());
        }
        g.writeStartObject();
        for (MetricSnapshot m : data.metrics()) {
            g.writeObjectFieldStart(m.name());
            g.writeStringField("type", m.metric().type().k6Name());
            g.writeStringField("contains", m.metric().valueType().k6Name());
            g.writeObjectFieldStart("values");
            for (Map.Entry<String, Double> v : MetricValues.of(m.sink(), trendStats, data.testRunDuration()).entrySet()) {
                g.writeFieldName(v.getKey());
                double d = v.getValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    g.writeNull();
                } else {
                    g.writeNumber(JsNumbers.toString(d));
                }
            }
            g.writeEndObject();
            List<ThresholdResult> results = thresholds.getOrDefault(m.name(), List.of());
            if (!results.isEmpty()) {
                g.writeObjectFieldStart("thresholds");
                for (ThresholdResult r : results) {
                    g.writeObjectFieldStart(r.source());
                    g.writeBooleanField("ok", r.passed());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeGroup(JsonGenerator g, GroupTree group) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", group.name());
        g.writeStringField("path", group.path());
        g.writeStringField("id", JsonSummaryExport.md5(group.path()));
        g.writeArrayFieldStart("groups");
        for (GroupTree child : group.groups().values()) {
            writeGroup(g, child);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checks");
        for (CheckResult c : group.checks()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("path", c.path());
            g.writeStringField("id", JsonSummaryExport.md5(c.path()));
            g.writeNumberField("passes", c.passes());
            g.writeNumberField("fails", c.fails());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
