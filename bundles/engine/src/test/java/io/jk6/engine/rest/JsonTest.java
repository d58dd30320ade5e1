package io.jk6.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as Go's encoding/json writes them, so k6 clients parse jk6's documents alike. */
class JsonTest {

    @Test
    void floatsHaveGosShortestForm() {
        assertThat(Json.goFloat(3)).isEqualTo("3");
        assertThat(Json.goFloat(0)).isEqualTo("0");
        assertThat(Json.goFloat(-2.5)).isEqualTo("-2.5");
        assertThat(Json.goFloat(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Json.goFloat(12345678.9)).isEqualTo("12345678.9");
        assertThat(Json.goFloat(0.000123)).isEqualTo("0.000123");
        assertThat(Json.goFloat(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(Json.goFloat(1e-10)).isEqualTo("1e-10");
        assertThat(Json.goFloat(1e21)).isEqualTo("1e+21");
        assertThat(Json.goFloat(123e20)).isEqualTo("1.23e+22");
        assertThat(Json.goFloat(Double.NaN)).as("Go cannot encode NaN; jk6 writes 0").isEqualTo("0");
    }
}
