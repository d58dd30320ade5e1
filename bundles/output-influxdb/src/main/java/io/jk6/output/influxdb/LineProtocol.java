package io.jk6.output.influxdb;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples as InfluxDB 1.x line protocol, as k6 writes them: the metric's name as the measurement,
 * the sample's tags as tags (sorted, empty ones left out) except those of {@code tagsAsFields},
 * which become fields of their type beside {@code value}; the time in the write precision.
 */
final class LineProtocol {

    /** How a tag of {@code tagsAsFields} is written as a field. */
    enum FieldKind { STRING, INT, FLOAT, BOOL }

    private static final String VALUE = "value";

    private final Map<String, FieldKind> fieldKinds;
    private final long nanosPerUnit;

    /**
     * @param tagsAsFields k6's {@code name[:type]} list
     * @param precision    {@code ""}/{@code n}/{@code ns}, {@code u}/{@code us}, {@code ms}, {@code s}, {@code m}, {@code h}
     * @throws IllegalArgumentException an unknown type or precision, a tag listed twice, in k6's words
     */
    LineProtocol(List<String> tagsAsFields, String precision) {
        this.fieldKinds = fieldKinds(tagsAsFields);
        this.nanosPerUnit = switch (precision) {
            case "", "n", "ns" -> 1L;
            case "u", "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw new IllegalArgumentException("invalid InfluxDB precision \"" + precision
                    + "\", use one of ns, us, ms, s, m, h");
        };
    }

    private static Map<String, FieldKind> fieldKinds(List<String> tagsAsFields) {
        Map<String, FieldKind> kinds = new LinkedHashMap<>();
        for (String entry : tagsAsFields) {
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry : entry.substring(0, colon);
            String type = colon < 0 || colon == entry.length() - 1 ? "string" : entry.substring(colon + 1);
            if (kinds.containsKey(name)) {
                throw new IllegalArgumentException("a tag name (" + name
                        + ") shows up more than once in InfluxDB field type configurations");
            }
            kinds.put(name, switch (type) {
                case "string" -> FieldKind.STRING;
                case "int" -> FieldKind.INT;
                case "float" -> FieldKind.FLOAT;
                case "bool" -> FieldKind.BOOL;
                default -> throw new IllegalArgumentException("an invalid type (" + type
                        + ") is specified for an InfluxDB field (" + name + ")");
            });
        }
        return kinds;
    }

    /**
     * What a line takes from its sample's tags, the same for every sample with those tags: the tags
     * that stay tags (the series, with the measurement) and the fields made of the others, sorted
     * around {@code value}. A flush makes it once per tag set ({@link #append}'s caller keeps it).
     *
     * @param tags         {@code ,name=value...}: the tags that stay tags, escaped
     * @param beforeValue  the fields that sort before {@code value}, each followed by a comma
     * @param afterValue   the fields that sort after it, each after a comma
     */
    record TagParts(String tags, String beforeValue, String afterValue) {
    }

    TagParts tagParts(TagSet tags) {
        StringBuilder series = new StringBuilder(64);
        Map<String, String> fields = new TreeMap<>();
        tags.forEach((name, value) -> {
            if (fieldKinds.containsKey(name)) {
                fields.put(name, field(fieldKinds.get(name), value));
            } else if (!value.isEmpty()) {
                series.append(',');
                escape(series, name, false);
                series.append('=');
                escape(series, value, false);
            }
        });
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        fields.remove(VALUE); // the sample's value wins over a tag of that name, as it always did
        fields.forEach((name, value) -> {
            if (name.compareTo(VALUE) < 0) {
                escape(before, name, false);
                before.append('=').append(value).append(',');
            } else {
                after.append(',');
                escape(after, name, false);
                after.append('=').append(value);
            }
        });
        return new TagParts(series.toString(), before.toString(), after.toString());
    }

    /**
     * Appends one line: the measurement, the tags, the fields and the time, which is the sample's to
     * the nanosecond (InfluxDB keeps the last of points with the same series and time, so two
     * samples of one series in one millisecond need the nanoseconds).
     *
     * @param parts {@link #tagParts} of the sample's tags
     */
    void append(StringBuilder out, TagParts parts, Sample sample) {
        escape(out, sample.metric().name(), true);
        out.append(parts.tags()).append(' ').append(parts.beforeValue()).append(VALUE).append('=')
                .append(number(sample.value())).append(parts.afterValue())
                .append(' ').append(Math.floorDiv(sample.timeNanos(), nanosPerUnit)).append('\n');
    }

    /** k6's conversion: the tag's value as its type, or as a string when it is not one. */
    private static String field(FieldKind kind, String value) {
        try {
            return switch (kind) {
                case INT -> Long.parseLong(value) + "i";
                case FLOAT -> number(Double.parseDouble(value));
                case BOOL -> switch (value) {
                    case "true", "1", "t", "T", "TRUE", "True" -> "true";
                    case "false", "0", "f", "F", "FALSE", "False" -> "false";
                    default -> string(value);
                };
                case STRING -> string(value);
            };
        } catch (NumberFormatException e) {
            return string(value);
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Java's shortest text that reads back as the value (as %s, without its Formatter per point)
        return Double.toString(value).replace('E', 'e');
    }

    private static String string(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Measurements escape commas and spaces; tag keys, tag values and field keys also {@code =}. */
    private static void escape(StringBuilder out, String text, boolean measurement) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ' ' || (!measurement && c == '=')) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
    }
}
