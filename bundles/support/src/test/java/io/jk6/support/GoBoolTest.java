package io.jk6.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Booleans as Go's strconv.ParseBool reads them, and a clear error for anything else. */
class GoBoolTest {

    @Test
    void readsGosSpellingsOfTrueAndFalse() {
        for (String yes : new String[] {"1", "t", "T", "TRUE", "true", "True"}) {
            assertThat(GoBool.parse("K6_X", yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"0", "f", "F", "FALSE", "false", "False"}) {
            assertThat(GoBool.parse("K6_X", no)).as(no).isFalse();
        }
    }

    @Test
    void anythingElseNamesTheSettingAndTheValue() {
        assertThatThrownBy(() -> GoBool.parse("K6_INFLUXDB_INSECURE", "yes"))
                .hasMessage("K6_INFLUXDB_INSECURE: \"yes\" is not a boolean (true or false)");
    }

    @Test
    void aVariableIsFalseWhenUnsetAndNamedInK6sWordsWhenNoBoolean() {
        assertThat(GoBool.fromEnvironment(java.util.Map.of(), "K6_X_INSECURE")).isFalse();
        assertThat(GoBool.fromEnvironment(java.util.Map.of("K6_X_INSECURE", "T"), "K6_X_INSECURE")).isTrue();
        assertThatThrownBy(() -> GoBool.fromEnvironment(java.util.Map.of("K6_X_INSECURE", "yes"), "K6_X_INSECURE"))
                .hasMessage("parse environment variables options failed: K6_X_INSECURE: \"yes\" is not a boolean (true or false)");
    }
}
