package io.jk6.engine.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputSpecTest {

    @Test
    void aFlagSplitsAtTheFirstEqualsSign() {
        assertThat(OutputSpec.parse("json=a=b.json")).isEqualTo(new OutputSpec("json", "a=b.json"));
        assertThat(OutputSpec.parse("logger")).isEqualTo(new OutputSpec("logger", ""));
    }
}
