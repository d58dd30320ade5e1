package io.jk6.http;

import io.jk6.api.js.VU;
import org.graalvm.polyglot.Value;

/**
 * The JS values the module needs from its VU's runtime, looked up once per VU: the runtime's
 * own {@code JSON.parse}, so parsed bodies are ordinary JS values, and a thrower that makes
 * errors real JS {@code Error}s with a {@code message} scripts can read.
 */
final class ScriptSupport {

    private final VU vu;
    private Value jsonParse;
    private Value thrower;
    private Value helpers;

    ScriptSupport(VU vu) {
        this.vu = vu;
    }

    /** {@code JSON.parse(text)} in the VU's runtime; a SyntaxError reaches the script as is. */
    Value parseJson(String text) {
        if (jsonParse == null) {
            jsonParse = vu.runtime().eval("js", "JSON.parse");
        }
        return jsonParse.execute(text);
    }

    /** The VU's runtime. */
    org.graalvm.polyglot.Context runtime() {
        return vu.runtime();
    }

    /** A new ArrayBuffer holding a copy of {@code bytes}. */
    Value arrayBuffer(byte[] bytes) {
        return helpers().getMember("arrayBuffer").execute(bytes);
    }

    /** A new, empty JS array. */
    Value newArray() {
        return helpers().getMember("array").execute();
    }

    /** A new, empty JS object. */
    Value newObject() {
        return helpers().getMember("object").execute();
    }

    /** The bytes of a string (UTF-8), an ArrayBuffer, a typed array or an array of numbers. */
    static byte[] bytesOf(Value value) {
        if (value.isString()) {
            return value.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (value.hasBufferElements()) {
            byte[] bytes = new byte[(int) value.getBufferSize()];
            value.readBuffer(0, bytes, 0, bytes.length);
            return bytes;
        }
        if (value.hasArrayElements()) {
            byte[] bytes = new byte[(int) value.getArraySize()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) value.getArrayElement(i).asInt();
            }
            return bytes;
        }
        return value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Value helpers() {
        if (helpers == null) {
            helpers = vu.runtime().eval("js", """
                    ({
                      arrayBuffer: (bytes) => new Uint8Array(bytes).buffer,
                      array: () => [],
                      object: () => ({}),
                    })""");
        }
        return helpers;
    }

    /**
     * A JS {@code Error} with {@code message}, to be thrown by the caller: {@code throw script.error(...)}.
     * Thrown from a host method, a guest exception reaches the script as the original Error.
     */
    RuntimeException error(String message) {
        if (vu.runtime() == null) {
            return new IllegalStateException(message);
        }
        if (thrower == null) {
            thrower = vu.runtime().eval("js", "(function (message) { throw new Error(message); })");
        }
        try {
            thrower.executeVoid(message);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        return new IllegalStateException(message);
    }
}
