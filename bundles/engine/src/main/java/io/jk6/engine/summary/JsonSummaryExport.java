package io.jk6.engine.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.engine.metrics.CheckResult;
import io.jk6.engine.metrics.MetricSnapshot;
import io.jk6.engine.thresholds.MetricThresholdResults;
import io.jk6.engine.thresholds.ThresholdResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k6's {@code --summary-export} file: the legacy JSON shape
 * <pre>{@code
 * { "root_group": { "name", "path", "id", "groups": { name: group }, "checks": { name: check } },
 *   "metrics": { name: { ...values, "thresholds": { source: failed } } } }
 * }</pre>
 * Counter values are {@code count rate}, gauge {@code value min max}, rate
 * {@code passes fails value}, trend one key per summary trend stat. As in k6 the threshold flag
 * is true when the threshold FAILED, and every metric is exported (no compact-mode filtering).
 */
public final class JsonSummaryExport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonSummaryExport() {
    }

    /** Writes the export as UTF-8 to {@code out}, without closing it. */
    public static void write(SummaryData data, List<String> trendStats, OutputStream out) throws IOException {
        MetricValues.validateTrendStats(trendStats);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new StringifyPrettyPrinter());
            g.writeStartObject();
            g.writeFieldName("root_group");
            writeGroup(g, GroupTree.of(data.checks()));
            g.writeFieldName("metrics");
            writeMetrics(g, data, trendStats);
            g.writeEndObject();
        }
    }

    /** The export as a string. */
    public static String toJson(SummaryData data, List<String> trendStats) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(data, trendStats, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeMetrics(JsonGenerator g, SummaryData data, List<String> trendStats) throws IOException {
        Map<String, List<ThresholdResult>> thresholds = new LinkedHashMap<>();
        for (MetricThresholdResults t : data.thresholds()) {
            thresholds.computeIfAbsent(t.name(), k -> new ArrayList<>()).addAll(t.results());
        }
        g.writeStartObject();
        for (MetricSnapshot m : data.metrics()) {
            g.writeFieldName(m.name());
            g.writeStartObject();
            Map<String, Double> values = MetricValues.of(m.sink(), trendStats, data.testRunDuration());
            // k6 renames a rate's "rate" to "value" after adding the thresholds, hence this order.
            Double rate = switch (m.metric().type()) {
                case RATE -> values.remove("rate");
                default -> null;
            };
            for (Map.Entry<String, Double> v : values.entrySet()) {
                g.writeFieldName(v.getKey());
                writeNumber(g, v.getValue());
            }
            List<ThresholdResult> results = thresholds.getOrDefault(m.name(), List.of());
            if (!results.isEmpty()) {
                g.writeFieldName("thresholds");
                g.writeStartObject();
                for (ThresholdResult r : results) {
                    g.writeBooleanField(r.source(), !r.passed());
                }
                g.writeEndObject();
            }
            if (rate != null) {
                g.writeFieldName("value");
                writeNumber(g, rate);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    // JSON.stringify prints numbers with JavaScript's digits, and NaN/Infinity as null.
    private static void writeNumber(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(JsNumbers.toString(v));
        }
    }

    private static void writeGroup(JsonGenerator g, GroupTree group) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", group.name());
        g.writeStringField("path", group.path());
        g.writeStringField("id", md5(group.path()));
        g.writeFieldName("groups");
        g.writeStartObject();
        for (GroupTree child : group.groups().values()) {
            g.writeFieldName(child.name());
            writeGroup(g, child);
        }
        g.writeEndObject();
        g.writeFieldName("checks");
        g.writeStartObject();
        for (CheckResult c : group.checks()) {
            g.writeFieldName(c.name());
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("path", c.path());
            g.writeStringField("id", md5(c.path()));
            g.writeNumberField("passes", c.passes());
            g.writeNumberField("fails", c.fails());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** k6 identifies groups and checks by the hex MD5 of their path. */
    static String md5(String path) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is mandatory in every JRE", e);
        }
    }
}
