package io.jk6.output.csv;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * k6's {@code timeFormat} / {@code K6_CSV_TIME_FORMAT}: how the {@code timestamp} column is
 * written. The RFC 3339 forms are in the machine's time zone, as Go formats a local time.
 */
enum CsvTimeFormat {
    UNIX, UNIX_MILLI, UNIX_MICRO, UNIX_NANO, RFC3339, RFC3339_NANO;

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX", Locale.ROOT);

    /** k6's name: {@code unix}, {@code unix_milli}, ..., {@code rfc3339_nano}. */
    String k6Name() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value and the valid ones */
    static CsvTimeFormat of(String name, String setting) {
        for (CsvTimeFormat format : values()) {
            if (format.k6Name().equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException(setting + ": invalid time format \"" + name + "\", use one of "
                + Arrays.stream(values()).map(CsvTimeFormat::k6Name).collect(Collectors.joining(", ")));
    }

    String format(Instant time, ZoneId zone) {
        return switch (this) {
            case UNIX -> Long.toString(time.getEpochSecond());
            case UNIX_MILLI -> Long.toString(time.toEpochMilli());
            case UNIX_MICRO -> Long.toString(time.getEpochSecond() * 1_000_000 + time.getNano() / 1_000);
            case UNIX_NANO -> Long.toString(time.getEpochSecond() * 1_000_000_000 + time.getNano());
            case RFC3339 -> SECONDS.format(ZonedDateTime.ofInstant(time, zone));
            case RFC3339_NANO -> rfc3339Nano(ZonedDateTime.ofInstant(time, zone));
        };
    }

    /** Go's {@code RFC3339Nano}: the fraction without its trailing zeros, none when it is zero. */
    private static String rfc3339Nano(ZonedDateTime time) {
        String fraction = "";
        if (time.getNano() != 0) {
            fraction = "." + String.format(Locale.ROOT, "%09d", time.getNano()).replaceFirst("0+$", "");
        }
        return DATE_TIME.format(time) + fraction + OFFSET.format(time);
    }
}
