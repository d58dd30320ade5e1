package io.jk6.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.k6.common.ScriptError;
import org.junit.jupiter.api.Test;

class GroupPathTest {

    @Test
    void pathsAreK6s() {
        assertThat(GroupPath.child("", "a")).isEqualTo("::a");
        assertThat(GroupPath.child("::a", "b")).isEqualTo("::a::b");
        assertThat(GroupPath.child("", "")).isEqualTo("");
        assertThatThrownBy(() -> GroupPath.child("", "x::y")).isInstanceOf(ScriptError.class);
    }
}
