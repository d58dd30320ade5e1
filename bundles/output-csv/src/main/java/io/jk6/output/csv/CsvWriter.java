package io.jk6.output.csv;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Rows as k6 writes them with Go's {@code encoding/csv}: a field is quoted only when it holds a
 * comma, a quote or a line break, or starts with a space; lines end with {@code \n}.
 */
final class CsvWriter {

    private final Writer out;
    private final CsvColumns columns;
    private final CsvTimeFormat timeFormat;
    private final ZoneId zone;
    private final StringBuilder line = new StringBuilder(256);

    CsvWriter(Writer out, CsvColumns columns, CsvTimeFormat timeFormat, ZoneId zone) {
        this.out = out;
        this.columns = columns;
        this.timeFormat = timeFormat;
        this.zone = zone;
    }

    void writeHeader() throws IOException {
        write(columns.header());
    }

    /** One sample: its columns' tags, the others as {@code name=value&...} in {@code extra_tags}. */
    void write(Sample sample) throws IOException {
        line.setLength(0);
        field(sample.metric().name()).append(',');
        field(timeFormat.format(sample.time(), zone)).append(',');
        field(value(sample.value()));
        TagSet tags = sample.tags();
        for (String column : columns.columns()) {
            line.append(',');
            String value = tags.get(column);
            field(value == null ? "" : value);
        }
        StringBuilder extra = new StringBuilder();
        tags.forEach((name, value) -> {
            if (!columns.columns().contains(name) && !columns.ignored().contains(name)) {
                extra.append(extra.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        line.append(',');
        field(extra.toString());
        line.append(','); // metadata: jk6's samples carry none
        out.write(line.append('\n').toString());
    }

    void flush() throws IOException {
        out.flush();
    }

    private void write(List<String> fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            field(fields.get(i));
        }
        out.write(line.append('\n').toString());
    }

    /** Go's {@code %f}: six decimals; NaN and infinities as Go spells them. */
    static String value(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return String.format(Locale.ROOT, "%f", value);
    }

    private StringBuilder field(String value) {
        boolean quote = !value.isEmpty() && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0)));
        if (!quote) {
            return line.append(value);
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            line.append(c == '"' ? "\"\"" : String.valueOf(c));
        }
        return line.append('"');
    }
}
