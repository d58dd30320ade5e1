package io.jk6.outputs.json;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Go's {@code RFC3339Nano} in a zone ({@code 2017-05-09T14:34:45.625742514+02:00}, the fraction
 * without trailing zeros, none when zero), as k6's json output writes each sample's time. The
 * date, time and offset are formatted once per second: a busy test writes thousands of samples a
 * second, and formatting each through {@code ZonedDateTime} allocated more than the rest of the
 * line. Not thread-safe.
 */
final class Rfc3339Nano {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX", Locale.ROOT);

    private final ZoneId zone;
    private final StringBuilder text = new StringBuilder(40);
    private long second = Long.MIN_VALUE;
    private String dateTime;
    private String offset;

    Rfc3339Nano(ZoneId zone) {
        this.zone = zone;
    }

    String format(Instant time) {
        if (time.getEpochSecond() != second) {
            ZonedDateTime zoned = time.atZone(zone);
            second = time.getEpochSecond();
            dateTime = SECONDS.format(zoned);
            offset = OFFSET.format(zoned);
        }
        text.setLength(0);
        text.append(dateTime);
        int nanos = time.getNano();
        if (nanos != 0) {
            text.append('.');
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            String fraction = Integer.toString(nanos);
            text.repeat('0', digits - fraction.length()).append(fraction);
        }
        return text.append(offset).toString();
    }
}
