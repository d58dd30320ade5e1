package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.http.client.ResponseHeaders;
import org.junit.jupiter.api.Test;

class ResponseHeaderNamesTest {

    @Test
    void headerNamesAreCanonicalAsInGo() {
        assertThat(ResponseHeaders.canonicalName("content-type")).isEqualTo("Content-Type");
        assertThat(ResponseHeaders.canonicalName("X-REQUEST-ID")).isEqualTo("X-Request-Id");
        assertThat(ResponseHeaders.canonicalName("bad header")).isEqualTo("bad header");
    }
}
