package io.jk6.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private static Object read(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            return JsonTree.read(p);
        }
    }

    private static List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    @Test
    void readsValuesAsTheScriptsOptionsLookInJava() throws IOException {
        Object value = read("{\"vus\": 10, \"rate\": 0.5, \"tags\": {\"b\": \"2\", \"a\": \"1\"},"
                + " \"stages\": [true, null, \"x\"], \"throw\": false}");

        assertThat(value).isEqualTo(Map.of("vus", 10L, "rate", 0.5, "tags", Map.of("b", "2", "a", "1"),
                "stages", Arrays.asList(true, null, "x"), "throw", false));
        Map<?, ?> options = (Map<?, ?>) value;
        assertThat(keys(options)).containsExactly("vus", "rate", "tags", "stages", "throw");
        assertThat(keys((Map<?, ?>) options.get("tags"))).as("the document's order").containsExactly("b", "a");
        assertThat(read("[]")).isEqualTo(List.of());
    }

    @Test
    void anInputWithoutAValueOrCutShortIsAnError() {
        assertThatThrownBy(() -> read("")).isInstanceOf(JsonParseException.class)
                .hasMessageContaining("the JSON ends before a value");
        assertThatThrownBy(() -> read("{\"vus\": [1, 2")).isInstanceOf(JsonParseException.class);
    }
}
