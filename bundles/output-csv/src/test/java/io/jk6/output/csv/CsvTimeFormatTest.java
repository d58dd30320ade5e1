package io.jk6.output.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The timestamp column in each of k6's time formats. */
class CsvTimeFormatTest {

    private static final long MILLIS = 1_796_597_282_325L; // 2026-12-06T22:48:02.325Z

    @Test
    void unixFormatsCountSecondsMillisMicrosAndNanos() {
        assertThat(CsvTimeFormat.UNIX.format(MILLIS, ZoneOffset.UTC)).isEqualTo("1796597282");
        assertThat(CsvTimeFormat.UNIX_MILLI.format(MILLIS, ZoneOffset.UTC)).isEqualTo("1796597282325");
        assertThat(CsvTimeFormat.UNIX_MICRO.format(MILLIS, ZoneOffset.UTC)).isEqualTo("1796597282325000");
        assertThat(CsvTimeFormat.UNIX_NANO.format(MILLIS, ZoneOffset.UTC)).isEqualTo("1796597282325000000");
    }

    @Test
    void rfc3339FormatsAreGosWithTheZoneAndTheFractionTrimmed() {
        assertThat(CsvTimeFormat.RFC3339.format(MILLIS, ZoneOffset.UTC)).isEqualTo("2026-12-06T22:48:02Z");
        assertThat(CsvTimeFormat.RFC3339_NANO.format(MILLIS, ZoneOffset.UTC)).isEqualTo("2026-12-06T22:48:02.325Z");
        assertThat(CsvTimeFormat.RFC3339_NANO.format(1_796_597_282_000L, ZoneOffset.UTC))
                .as("Go drops a zero fraction").isEqualTo("2026-12-06T22:48:02Z");
        assertThat(CsvTimeFormat.RFC3339.format(MILLIS, ZoneId.of("Europe/Paris"))).isEqualTo("2026-12-06T23:48:02+01:00");
    }
}
