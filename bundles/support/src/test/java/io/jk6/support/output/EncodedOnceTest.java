package io.jk6.support.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodedOnceTest {

    private final List<String> encoded = new ArrayList<>();
    private final EncodedOnce<List<String>, String> tags = new EncodedOnce<>(2, value -> {
        encoded.add(String.join("&", value));
        return String.join("&", value);
    });

    @Test
    void equalValuesAreEncodedOnceAndEachGetsItsOwnText() {
        List<String> get = List.of("method=GET");
        List<String> post = List.of("method=POST");

        assertThat(tags.get(get)).isEqualTo("method=GET");
        assertThat(tags.get(get)).isEqualTo("method=GET");
        assertThat(tags.get(post)).isEqualTo("method=POST");
        assertThat(tags.get(new ArrayList<>(get))).as("equal, not the same").isEqualTo("method=GET");
        assertThat(tags.get(post)).isEqualTo("method=POST");

        assertThat(encoded).containsExactly("method=GET", "method=POST");
    }

    @Test
    void pastItsBoundItForgetsWhatItKnewAndStillAnswersRight() {
        for (String method : List.of("GET", "POST", "PUT", "GET", "PUT")) {
            assertThat(tags.get(List.of("method=" + method))).isEqualTo("method=" + method);
        }
        // GET, POST; PUT clears (bound 2); GET; PUT known since the clear
        assertThat(encoded).containsExactly("method=GET", "method=POST", "method=PUT", "method=GET");
    }
}
