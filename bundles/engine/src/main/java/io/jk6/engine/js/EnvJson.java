package io.jk6.engine.js;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code __ENV} as the JSON text the prelude parses. Every VU of a test gets the same map (the
 * system's environment and {@code -e}: dozens of variables), so the text is written once per map
 * rather than once per VU (3% of a VU's start-up when 4000 started).
 */
final class EnvJson {

    private static final JsonFactory JSON = new JsonFactory();

    /** The last map written and its text: one test runs at a time, its VUs share one map. */
    private record Written(Map<String, String> env, String json) {}

    private static volatile Written last = new Written(Map.of(), "{}");

    private EnvJson() {}

    static String of(Map<String, String> env) {
        Written written = last;
        if (written.env() != env) { // identity: a map is not changed once VUs are made from it
            written = new Written(env, write(env));
            last = written;
        }
        return written.json();
    }

    private static String write(Map<String, String> env) {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(json)) {
            out.writeStartObject();
            for (Map.Entry<String, String> variable : env.entrySet()) {
                out.writeStringField(variable.getKey(), variable.getValue());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return json.toString();
    }
}
