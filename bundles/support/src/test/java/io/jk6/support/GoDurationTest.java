package io.jk6.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cases from Go's time.ParseDuration / Duration.String tests and k6's types.ParseExtendedDuration. */
class GoDurationTest {

    @Test
    void parsesGoStyleDurations() {
        assertThat(GoDuration.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(GoDuration.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(GoDuration.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("1h2m3s")).isEqualTo(Duration.ofSeconds(3723));
        assertThat(GoDuration.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(GoDuration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(GoDuration.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(GoDuration.parse(" 1m ")).as("blanks around are ignored").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void takesEveryUnitOfGoIncludingBothMicroSigns() {
        assertThat(GoDuration.parse("7ns")).isEqualTo(Duration.ofNanos(7));
        assertThat(GoDuration.parse("10us")).isEqualTo(Duration.ofNanos(10_000));
        assertThat(GoDuration.parse("10\u00b5s")).as("micro sign U+00B5").isEqualTo(Duration.ofNanos(10_000));
        assertThat(GoDuration.parse("10\u03bcs")).as("Greek mu U+03BC").isEqualTo(Duration.ofNanos(10_000));
        assertThat(GoDuration.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void takesFractionsSignsAndSeveralParts() {
        assertThat(GoDuration.parse(".5s")).isEqualTo(Duration.ofMillis(500));
        assertThat(GoDuration.parse("1.s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(GoDuration.parse("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
        assertThat(GoDuration.parse("3h30m40s10ms20us30ns")).isEqualTo(Duration.ofHours(3).plusMinutes(30)
                .plusSeconds(40).plusMillis(10).plusNanos(20_030));
        assertThat(GoDuration.parse("-2s")).isEqualTo(Duration.ofSeconds(-2));
        assertThat(GoDuration.parse("-1h30m")).as("the sign is the whole's").isEqualTo(Duration.ofMinutes(-90));
        assertThat(GoDuration.parse("+5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(GoDuration.parse("1.0000000005s")).as("finer than 1ns is cut, as Go")
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void takesK6sDays() {
        assertThat(GoDuration.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(GoDuration.parse("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(GoDuration.parse("-1d2h")).isEqualTo(Duration.ofHours(-26));
    }

    @Test
    void aBareNumberIsMillisecondsAsK6ReadsNumbersInJsonOptions() {
        assertThat(GoDuration.parse("250")).as("a bare number is milliseconds").isEqualTo(Duration.ofMillis(250));
        assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(GoDuration.parse("1.5")).isEqualTo(Duration.ofNanos(1_500_000));
        assertThat(GoDuration.parse("1e3")).isEqualTo(Duration.ofSeconds(1));
        assertThat(GoDuration.parse("-20")).isEqualTo(Duration.ofMillis(-20));
        assertThat(GoDuration.ofMillis(0.0005)).isEqualTo(Duration.ofNanos(500));
    }

    @Test
    void rejectsNonsenseNamingTheText() {
        assertThatThrownBy(() -> GoDuration.parse("ten seconds")).hasMessageContaining("\"ten seconds\"");
        assertThatThrownBy(() -> GoDuration.parse("10x")).hasMessageContaining("\"10x\"");
        assertThatThrownBy(() -> GoDuration.parse("10 parsecs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoDuration.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoDuration.parse("-")).hasMessageContaining("\"-\"");
        assertThatThrownBy(() -> GoDuration.parse(".s")).hasMessageContaining("\".s\"");
        assertThatThrownBy(() -> GoDuration.parse("1s2")).as("every part needs a unit").hasMessageContaining("\"1s2\"");
        assertThatThrownBy(() -> GoDuration.parse("NaN")).hasMessageContaining("\"NaN\"");
        assertThatThrownBy(() -> GoDuration.parse("9223372036854775808ns")).hasMessageContaining("limit");
        assertThatThrownBy(() -> GoDuration.ofMillis(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAsGosDurationString() {
        assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(GoDuration.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(GoDuration.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(GoDuration.format(Duration.ofMinutes(10))).isEqualTo("10m0s");
        assertThat(GoDuration.format(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(GoDuration.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(GoDuration.format(Duration.ofMillis(2500))).isEqualTo("2.5s");
        assertThat(GoDuration.format(Duration.ofSeconds(-2))).isEqualTo("-2s");
        assertThat(GoDuration.format(Duration.ofNanos(1))).isEqualTo("1ns");
        assertThat(GoDuration.format(Duration.ofNanos(1_100))).isEqualTo("1.1\u00b5s");
        assertThat(GoDuration.format(Duration.ofNanos(1_500))).isEqualTo("1.5\u00b5s");
        assertThat(GoDuration.format(Duration.ofNanos(500_000))).isEqualTo("500\u00b5s");
        assertThat(GoDuration.format(Duration.ofNanos(2_200_000))).isEqualTo("2.2ms");
        assertThat(GoDuration.format(Duration.ofNanos(3_300_000_000L))).isEqualTo("3.3s");
        assertThat(GoDuration.format(Duration.ofSeconds(4 * 60 + 5))).isEqualTo("4m5s");
        assertThat(GoDuration.format(Duration.ofMillis(4 * 60_000 + 5_001))).isEqualTo("4m5.001s");
        assertThat(GoDuration.format(Duration.ofMillis(5 * 3_600_000 + 6 * 60_000 + 7_001))).isEqualTo("5h6m7.001s");
        assertThat(GoDuration.format(Duration.ofNanos(8 * 60_000_000_000L + 1))).isEqualTo("8m0.000000001s");
        assertThat(GoDuration.format(Duration.ofNanos(Long.MAX_VALUE))).isEqualTo("2562047h47m16.854775807s");
        assertThat(GoDuration.format(Duration.ofNanos(-Long.MAX_VALUE))).isEqualTo("-2562047h47m16.854775807s");
        assertThat(GoDuration.format(Duration.ofNanos(-1_500))).isEqualTo("-1.5\u00b5s");
    }

    @Test
    void millisecondsAsK6PrintsThem() {
        // were io.jk6.k6.execution.GoDuration's, which took the milliseconds of exec.test.options
        assertThat(GoDuration.format(GoDuration.ofMillis(0))).isEqualTo("0s");
        assertThat(GoDuration.format(GoDuration.ofMillis(500))).isEqualTo("500ms");
        assertThat(GoDuration.format(GoDuration.ofMillis(1.5))).isEqualTo("1.5ms");
        assertThat(GoDuration.format(GoDuration.ofMillis(30_000))).isEqualTo("30s");
        assertThat(GoDuration.format(GoDuration.ofMillis(90_500))).isEqualTo("1m30.5s");
        assertThat(GoDuration.format(GoDuration.ofMillis(3_600_000))).isEqualTo("1h0m0s");
    }

    @Test
    void whatItWritesItReadsBack() {
        for (String text : new String[] {"1h0m0s", "1m30.5s", "-2s", "1.5\u00b5s", "750ns", "2.25ms"}) {
            assertThat(GoDuration.format(GoDuration.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void aSettingThatMustBePositiveIsNamedInItsErrors() {
        assertThat(GoDuration.positive("K6_X_INTERVAL", "1m")).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> GoDuration.positive("K6_X_INTERVAL", "0s"))
                .hasMessage("K6_X_INTERVAL: the duration must be positive (got \"0s\")");
        assertThatThrownBy(() -> GoDuration.positive("--out x=interval", "soon"))
                .hasMessageStartingWith("--out x=interval: invalid duration \"soon\"");
    }
}
