package io.jk6.engine.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code collectors} object of a {@code --config} file: each output's configuration by
 * output name, as the raw JSON text the file holds, which k6 hands the output as its
 * {@code JSONConfig} ({@code derivedConfig.Collectors[outputType]}). Raw, not parsed: what it
 * means is the output's business, as for k6's {@code json.RawMessage}.
 */
final class OutputConfigs {

    private static final JsonFactory JSON = new JsonFactory();

    private OutputConfigs() {
    }

    /**
     * The entries of {@code collectors} in {@code json} (a whole, valid config file); none when it
     * has no such key. A {@code collectors} that is not an object is a problem added to {@code errors}.
     */
    static Map<String, String> of(String json, String prefix, List<String> errors) throws IOException {
        Map<String, String> configs = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken(); // the file's object, checked by its reader
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (!key.equals("collectors")) {
                    p.skipChildren();
                } else if (value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String output = p.currentName();
                        p.nextToken();
                        int start = (int) p.currentTokenLocation().getCharOffset();
                        p.skipChildren();
                        p.finishToken(); // a string is parsed lazily: its end is known once it is read
                        int end = (int) p.currentLocation().getCharOffset();
                        configs.put(output, json.substring(start, end));
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    errors.add(prefix + "collectors: must be an object of each output's configuration by output name,"
                            + " got " + (value == JsonToken.START_ARRAY ? "an array" : value.isNumeric() ? "a number"
                            : value.isBoolean() ? "a boolean" : "a string"));
                    p.skipChildren();
                }
            }
        }
        return configs;
    }
}
