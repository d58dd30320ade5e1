package io.jk6.cli.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Numbers as Go's encoding/json writes them, so k6 clients parse jk6's documents alike. */
class JsonTest {

    @Test
    void floatsHaveGosShortestForm() {
        // the texts of finite numbers are io.jk6.support.JsonNumberTest's
        assertThat(numberField(1.5e-7)).isEqualTo("{\"v\":1.5e-7}");
        assertThat(numberField(3)).isEqualTo("{\"v\":3}");
    }

    @Test
    void whatGoCannotWriteBecomesZero() {
        assertThat(numberField(Double.NaN)).as("Go cannot encode NaN; jk6 writes 0").isEqualTo("{\"v\":0}");
        assertThat(numberField(Double.POSITIVE_INFINITY)).isEqualTo("{\"v\":0}");
    }

    private static String numberField(double value) {
        return new String(Json.write(g -> {
            g.writeStartObject();
            Json.number(g, "v", value);
            g.writeEndObject();
        }), StandardCharsets.UTF_8);
    }
}
