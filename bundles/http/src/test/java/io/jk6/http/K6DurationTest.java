package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.http.client.ResponseHeaders;
import org.junit.jupiter.api.Test;

class K6DurationTest {

    @Test
    void parsesGoDurationsAndPlainMilliseconds() {
        assertThat(K6Duration.parseMillis("10s")).isEqualTo(10_000);
        assertThat(K6Duration.parseMillis("500ms")).isEqualTo(500);
        assertThat(K6Duration.parseMillis("1m30s")).isEqualTo(90_000);
        assertThat(K6Duration.parseMillis("1.5s")).isEqualTo(1_500);
        assertThat(K6Duration.parseMillis("1h")).isEqualTo(3_600_000);
        assertThat(K6Duration.parseMillis("250")).isEqualTo(250);
        assertThatThrownBy(() -> K6Duration.parseMillis("10 parsecs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> K6Duration.parseMillis("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerNamesAreCanonicalAsInGo() {
        assertThat(ResponseHeaders.canonicalName("content-type")).isEqualTo("Content-Type");
        assertThat(ResponseHeaders.canonicalName("X-REQUEST-ID")).isEqualTo("X-Request-Id");
        assertThat(ResponseHeaders.canonicalName("bad header")).isEqualTo("bad header");
    }
}
