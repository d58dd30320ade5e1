package io.jk6.output.csv;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.support.output.EncodedOnce;
import java.time.ZoneId;
import java.util.List;

/**
 * Rows as k6 writes them with Go's {@code encoding/csv}: a field is quoted only when it holds a
 * comma, a quote or a line break, or starts with a space; lines end with {@code \n}. The time
 * column is formatted once per sample time and the tag columns once per tag set ({@link
 * EncodedOnce}): a request's dozen samples share both. Not thread-safe: the dispatcher's thread
 * makes every row.
 */
final class CsvRows {

    private final CsvColumns columns;
    private final CsvTimeFormat timeFormat;
    private final ZoneId zone;
    private final StringBuilder line = new StringBuilder(256);
    /** Per tag set: the tag columns, extra_tags and the (empty) metadata, each after its comma. */
    private final EncodedOnce<TagSet, String> tagFields = new EncodedOnce<>(10_000, this::tagFields);
    private long timeNanos = Long.MIN_VALUE;
    private String timeField;

    CsvRows(CsvColumns columns, CsvTimeFormat timeFormat, ZoneId zone) {
        this.columns = columns;
        this.timeFormat = timeFormat;
        this.zone = zone;
    }

    /** The header row, with its line end. */
    CharSequence header() {
        return row(columns.header());
    }

    /**
     * One sample's row, with its line end: its columns' tags, the others as {@code name=value&...}
     * in {@code extra_tags}. The text is reused by the next call.
     */
    CharSequence row(Sample sample) {
        line.setLength(0);
        field(sample.metric().name()).append(',');
        if (sample.timeNanos() != timeNanos || timeField == null) {
            timeNanos = sample.timeNanos();
            timeField = quoted(timeFormat.format(sample.time(), zone));
        }
        line.append(timeField).append(',');
        field(SixDecimals.format(sample.value()));
        return line.append(tagFields.get(sample.tags())).append('\n');
    }

    private String tagFields(TagSet tags) {
        StringBuilder fields = new StringBuilder();
        for (String column : columns.columns()) {
            String value = tags.get(column);
            fields.append(',').append(quoted(value == null ? "" : value));
        }
        StringBuilder extra = new StringBuilder();
        tags.forEach((name, value) -> {
            if (!columns.columns().contains(name) && !columns.ignored().contains(name)) {
                extra.append(extra.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        return fields.append(',').append(quoted(extra.toString()))
                .append(',') // metadata: jk6's samples carry none
                .toString();
    }

    private CharSequence row(List<String> fields) {
        line.setLength(0);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            field(fields.get(i));
        }
        return line.append('\n');
    }

    private StringBuilder field(String value) {
        return line.append(quoted(value));
    }

    /** The field as Go's encoding/csv writes it. */
    private static String quoted(String value) {
        boolean quote = !value.isEmpty() && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0)));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
