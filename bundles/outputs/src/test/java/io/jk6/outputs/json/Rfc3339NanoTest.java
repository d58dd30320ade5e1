package io.jk6.outputs.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sample times as Go's RFC3339Nano writes them, in the machine's zone. */
class Rfc3339NanoTest {

    @Test
    void theFractionLosesItsTrailingZerosAndAZeroFractionIsLeftOut() {
        Rfc3339Nano utc = new Rfc3339Nano(ZoneOffset.UTC);

        assertThat(utc.format(Instant.ofEpochSecond(1_494_333_285L, 625_742_514))).isEqualTo("2017-05-09T12:34:45.625742514Z");
        assertThat(utc.format(Instant.ofEpochSecond(1_494_333_285L, 600_000_000))).isEqualTo("2017-05-09T12:34:45.6Z");
        assertThat(utc.format(Instant.ofEpochSecond(1_494_333_285L, 7_000))).isEqualTo("2017-05-09T12:34:45.000007Z");
        assertThat(utc.format(Instant.ofEpochSecond(1_494_333_286L))).isEqualTo("2017-05-09T12:34:46Z");
    }

    @Test
    void eachSecondHasItsOwnOffsetAcrossASummerTimeChange() {
        Rfc3339Nano paris = new Rfc3339Nano(ZoneId.of("Europe/Paris"));
        Instant lastWinterSecond = Instant.parse("2026-03-29T00:59:59.5Z");

        assertThat(paris.format(lastWinterSecond)).isEqualTo("2026-03-29T01:59:59.5+01:00");
        assertThat(paris.format(lastWinterSecond.plusMillis(500))).isEqualTo("2026-03-29T03:00:00+02:00");
    }
}
