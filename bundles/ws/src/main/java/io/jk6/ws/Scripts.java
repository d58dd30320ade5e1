package io.jk6.ws;

import io.jk6.api.js.VU;
import org.graalvm.polyglot.Value;

/**
 * The JS values the WebSocket modules make in one VU's runtime: real {@code Error}s, {@code ArrayBuffer}s,
 * and what a value is called ({@code Uint8Array}, {@code null}) for k6's error texts. On the VU's thread.
 */
public final class Scripts {

    private static final String HELPERS = """
            ({
              fail: (message) => { throw new Error(message); },
              arrayBuffer: (bytes) => {
                const view = new Uint8Array(bytes.length);
                for (let i = 0; i < bytes.length; i++) view[i] = bytes[i];
                return view.buffer;
              },
              typeName: (v) => v === null || v === undefined ? String(v)
                  : v instanceof ArrayBuffer ? 'ArrayBuffer' : (v.constructor && v.constructor.name) || typeof v,
            })""";

    private final VU vu;
    private Value helpers;

    public Scripts(VU vu) {
        this.vu = vu;
    }

    /** A JS {@code Error} with {@code message}, for the caller to throw. */
    public RuntimeException error(String message) {
        try {
            helpers().getMember("fail").executeVoid(message);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        return new IllegalStateException(message);
    }

    /** A new ArrayBuffer holding a copy of {@code bytes}. */
    public Value arrayBuffer(byte[] bytes) {
        return helpers().getMember("arrayBuffer").execute((Object) bytes);
    }

    /** {@code ArrayBuffer}, {@code Uint8Array}, {@code null}, {@code undefined}, {@code String}... */
    public String typeName(Value value) {
        return helpers().getMember("typeName").execute(value).asString();
    }

    /** The bytes of an ArrayBuffer, typed array or DataView. */
    public static byte[] bytes(Value buffer) {
        byte[] bytes = new byte[(int) buffer.getBufferSize()];
        buffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    private Value helpers() {
        if (helpers == null) {
            helpers = vu.runtime().eval("js", HELPERS);
        }
        return helpers;
    }
}
