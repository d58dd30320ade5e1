package io.jk6.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader against what Go's encoding/csv reads and says for the same text. */
class GoCsvReaderTest {

    private static List<List<String>> records(String text) {
        GoCsvReader reader = new GoCsvReader(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), ',');
        List<List<String>> records = new ArrayList<>();
        for (String[] r = reader.read(); r != null; r = reader.read()) {
            records.add(List.of(r));
        }
        return records;
    }

    @Test
    void quotesLineBreaksAndEmptyLinesAsGo() {
        assertThat(records("a,\"b \"\"c\"\"\",\r\n\n\n\"x\r\ny\",é,\"\"\nlast,,z"))
                .containsExactly(List.of("a", "b \"c\"", ""), List.of("x\ny", "é", ""), List.of("last", "", "z"));
        assertThat(records("")).isEmpty();
        assertThat(records(" a ,b\r")).containsExactly(List.of(" a ", "b")); // Go drops a last \r
    }

    @Test
    void errorsHaveGosTextsLinesAndByteColumns() {
        assertThatThrownBy(() -> records("a,b\n1\n")).hasMessage("record on line 2: wrong number of fields");
        assertThatThrownBy(() -> records("é,x\"y\n")).hasMessage("parse error on line 1, column 5: bare \" in non-quoted-field");
        assertThatThrownBy(() -> records("a,\"b\"c\n")).hasMessage(
                "parse error on line 1, column 5: extraneous or missing \" in quoted-field");
        assertThatThrownBy(() -> records("a,b\n\"multi\nline\"x,2\n")).hasMessage(
                "record on line 2; parse error on line 3, column 5: extraneous or missing \" in quoted-field");
    }
}
