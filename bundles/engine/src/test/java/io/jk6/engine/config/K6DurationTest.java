package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class K6DurationTest {

    @Test
    void parsesGoStyleDurations() {
        assertThat(K6Duration.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(K6Duration.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(K6Duration.parse("1h2m3s")).isEqualTo(Duration.ofSeconds(3723));
        assertThat(K6Duration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(K6Duration.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(K6Duration.parse("250")).as("a bare number is milliseconds").isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void rejectsNonsenseNamingTheText() {
        assertThatThrownBy(() -> K6Duration.parse("ten seconds")).hasMessageContaining("\"ten seconds\"");
        assertThatThrownBy(() -> K6Duration.parse("10x")).hasMessageContaining("\"10x\"");
        assertThatThrownBy(() -> K6Duration.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAsK6Does() {
        assertThat(K6Duration.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(K6Duration.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(K6Duration.format(Duration.ofMinutes(10))).isEqualTo("10m0s");
        assertThat(K6Duration.format(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(K6Duration.format(Duration.ofMillis(500))).isEqualTo("500ms");
    }
}
