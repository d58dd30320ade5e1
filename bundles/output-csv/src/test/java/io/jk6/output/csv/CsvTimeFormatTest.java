package io.jk6.output.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The timestamp column in each of k6's time formats. */
class CsvTimeFormatTest {

    private static final Instant TIME = Instant.ofEpochSecond(1_796_597_282L, 325_004_007); // 2026-12-06T22:48:02.325004007Z

    @Test
    void unixFormatsCountSecondsMillisMicrosAndNanos() {
        assertThat(CsvTimeFormat.UNIX.format(TIME, ZoneOffset.UTC)).isEqualTo("1796597282");
        assertThat(CsvTimeFormat.UNIX_MILLI.format(TIME, ZoneOffset.UTC)).isEqualTo("1796597282325");
        assertThat(CsvTimeFormat.UNIX_MICRO.format(TIME, ZoneOffset.UTC)).isEqualTo("1796597282325004");
        assertThat(CsvTimeFormat.UNIX_NANO.format(TIME, ZoneOffset.UTC)).isEqualTo("1796597282325004007");
    }

    @Test
    void rfc3339FormatsAreGosWithTheZoneAndTheFractionTrimmed() {
        assertThat(CsvTimeFormat.RFC3339.format(TIME, ZoneOffset.UTC)).isEqualTo("2026-12-06T22:48:02Z");
        assertThat(CsvTimeFormat.RFC3339_NANO.format(TIME, ZoneOffset.UTC)).isEqualTo("2026-12-06T22:48:02.325004007Z");
        assertThat(CsvTimeFormat.RFC3339_NANO.format(Instant.ofEpochMilli(1_796_597_282_320L), ZoneOffset.UTC))
                .as("Go drops the fraction's trailing zeros").isEqualTo("2026-12-06T22:48:02.32Z");
        assertThat(CsvTimeFormat.RFC3339_NANO.format(Instant.ofEpochSecond(1_796_597_282L), ZoneOffset.UTC))
                .as("Go drops a zero fraction").isEqualTo("2026-12-06T22:48:02Z");
        assertThat(CsvTimeFormat.RFC3339.format(TIME, ZoneId.of("Europe/Paris"))).isEqualTo("2026-12-06T23:48:02+01:00");
    }
}
