package io.jk6.engine.run;

import io.jk6.support.JsonString;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How {@link RunLog} writes, from k6's logging flags: {@code --log-format} (the terminal text,
 * {@code json} as logrus's JSON formatter, {@code raw}: the message alone), {@code --log-output}
 * (where: stderr, stdout, none, a file with an optional lowest level), {@code -v} (debug lines
 * too) and {@code --console-output} (the script's console lines in a file of their own).
 *
 * @param format   the lines' format
 * @param output   where lines go instead of stderr, or null: stderr; {@link #NOWHERE} for none
 * @param minimum  the lowest level written ({@code --log-output=file=...,level=warning}), or null
 * @param verbose  debug lines are written
 * @param console  where the script's console lines go instead, or null
 */
public record LogStyle(Format format, PrintStream output, String minimum, boolean verbose, PrintStream console) {

    public enum Format { TEXT, JSON, RAW }

    public static final LogStyle DEFAULT = new LogStyle(Format.TEXT, null, null, false, null);

    /** {@code --log-output=none}: a stream that drops what it is given. */
    public static final PrintStream NOWHERE = new PrintStream(java.io.OutputStream.nullOutputStream());

    private static final List<String> LEVELS = List.of("debug", "info", "warn", "error");
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.UTC);

    /** Whether a line of {@code level} is written ({@code level=} of a file output). */
    boolean shows(String level) {
        return minimum == null || LEVELS.indexOf(level) >= LEVELS.indexOf(minimum);
    }

    /**
     * A line as logrus's JSON formatter writes it: the fields, {@code level} (logrus's names:
     * {@code warning}), {@code msg} and {@code time} (RFC 3339), keys in order as Go marshals a map.
     */
    static String json(String level, String message, Map<String, ?> fields) {
        Map<String, String> all = new TreeMap<>();
        fields.forEach((key, value) -> all.put(key, String.valueOf(value)));
        all.put("level", level.equals("warn") ? "warning" : level);
        all.put("msg", message);
        all.put("time", RFC3339.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        StringBuilder json = new StringBuilder("{");
        all.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append(JsonString.quote(key)).append(':')
                .append(JsonString.quote(value)));
        return json.append('}').toString();
    }
}
