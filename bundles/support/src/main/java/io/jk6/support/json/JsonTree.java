package io.jk6.support.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON value read with jackson-core's streaming parser into the plain Java values jk6 works
 * with wherever JSON comes in (a {@code --config} file, an archive's {@code metadata.json}, a
 * REST API body): {@code Map} (keys in the document's order), {@code List}, {@code String},
 * {@code Long}, {@code Double}, {@code Boolean} and null, as the script's options look once
 * copied to Java.
 */
public final class JsonTree {

    private JsonTree() {
    }

    /**
     * Reads the value that starts at the parser's current token (call {@code nextToken()}
     * first) and leaves the parser on its last token.
     *
     * @throws JsonParseException when there is no value (the input ended) or the JSON is invalid
     */
    public static Object read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new JsonParseException(p, "the JSON ends before a value");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, read(p));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(p, "unexpected " + token);
        };
    }
}
