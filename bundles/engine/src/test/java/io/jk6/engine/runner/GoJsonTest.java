package io.jk6.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoJsonTest {

    @Test
    void indentsAsGosMarshalIndentWithTwoSpaces() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("paused", null);
        value.put("vus", 10L);
        value.put("stages", List.of(Map.of("target", 1)));
        value.put("ext", Map.of());
        value.put("list", List.of());

        assertThat(GoJson.write(value)).isEqualTo("""
                {
                  "paused": null,
                  "vus": 10,
                  "stages": [
                    {
                      "target": 1
                    }
                  ],
                  "ext": {},
                  "list": []
                }""");
    }

    @Test
    void escapesHtmlCharactersAndControlCharactersAsGoDoes() {
        assertThat(GoJson.write("p(95)<500 && x>1\n\"q\"\\\u0001"))
                .isEqualTo("\"p(95)\\u003c500 \\u0026\\u0026 x\\u003e1\\n\\\"q\\\"\\\\\\u0001\"");
    }

    @Test
    void wholeDoublesAreIntegersAndOthersKeepTheirFraction() {
        assertThat(GoJson.write(List.of(2.0, 0.5, true, 7L))).isEqualTo("[\n  2,\n  0.5,\n  true,\n  7\n]");
        assertThat(GoJson.write(List.of(1.5e-7, 1e21))).as("Go's exponent form, not Java's 1.5E-7")
                .isEqualTo("[\n  1.5e-7,\n  1e+21\n]");
    }
}
