package io.jk6.cli.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jk6.support.JsonNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON as k6's API (Go's {@code encoding/json}) writes it: compact, and numbers in Go's form
 * ({@code 1}, not {@code 1.0}; {@code 0.000123}; {@code 1.5e-07} only below 1e-6 or from 1e21).
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes a document with the generator. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A float64 field as Go writes it; NaN and infinities (which Go cannot write) become 0. */
    static void number(JsonGenerator g, String field, double value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(Double.isFinite(value) ? JsonNumber.format(value) : "0");
    }
}
