package io.jk6.k6;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.k6.common.JsValues;
import io.jk6.testing.ModuleScript;
import org.junit.jupiter.api.Test;

/** The conversions must agree with what JavaScript itself does with the same values. */
class JsValuesTest {

    @Test
    void numberAndTruthinessMatchJavaScript() {
        try (ModuleScript script = new ModuleScript()) {
            for (String source : new String[] {"'4'", "' 2.5 '", "''", "'0x1F'", "'-Infinity'", "'1d'", "'abc'",
                    "true", "false", "null", "undefined", "0", "-0", "NaN", "7.25", "({})"}) {
                Double expected = script.eval("Number(" + source + ")").asDouble();
                assertThat(Double.valueOf(JsValues.number(script.eval(source)))).as(source).isEqualTo(expected);
                assertThat(JsValues.truthy(script.eval(source))).as(source)
                        .isEqualTo(script.eval("Boolean(" + source + ")").asBoolean());
            }
        }
    }
}
