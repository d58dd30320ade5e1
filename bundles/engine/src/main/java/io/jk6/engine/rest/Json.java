package io.jk6.engine.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

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
        g.writeNumber(goFloat(value));
    }

    /** Go's {@code encoding/json} text of a float64. */
    static String goFloat(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double abs = Math.abs(value);
        if (abs >= 1e-6 && abs < 1e21) {
            return exact.toPlainString();
        }
        // 'e' form: shortest digits, at least one exponent digit after the sign (Go trims e-07 to e-7)
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = Integer.toString(Math.abs(exponent));
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exponent >= 0 && exp.length() < 2
                ? "0" + exp : exp);
    }
}
