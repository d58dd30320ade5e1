package io.jk6.engine.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import io.jk6.support.json.JsonTree;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** k6's {@code metadata.json}: JSON values as Java maps, lists, strings, numbers and booleans. */
final class MetadataJson {

    private static final JsonFactory JSON = new JsonFactory();

    private MetadataJson() {
    }

    static byte[] write(Map<String, Object> metadata) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            value(g, metadata);
        }
        out.write('\n');
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            Object value = JsonTree.read(p);
            if (!(value instanceof Map<?, ?> map)) {
                throw new IOException("metadata.json is not a JSON object");
            }
            return (Map<String, Object>) map;
        }
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName(String.valueOf(e.getKey()));
                    value(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> list -> {
                g.writeStartArray();
                for (Object item : list) {
                    value(g, item);
                }
                g.writeEndArray();
            }
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Number n when n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15 ->
                    g.writeNumber(n.longValue());
            case Number n -> g.writeNumber(n.doubleValue());
            default -> g.writeString(String.valueOf(value));
        }
    }
}
