package io.jk6.k6.common;

import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;

/**
 * The bytes of an argument k6 takes as "string or ArrayBuffer", as k6's {@code common.ToBytes}:
 * a string gives its UTF-8 bytes, an ArrayBuffer its contents. Typed arrays and DataViews are
 * accepted too (their visible bytes), as a script holding a {@code Uint8Array} expects.
 */
public final class BinaryInput {

    private BinaryInput() {
    }

    /**
     * @throws ScriptError for anything else, in k6's words
     */
    public static byte[] bytes(Value v) {
        if (v != null && v.isString()) {
            return v.asString().getBytes(StandardCharsets.UTF_8);
        }
        if (v != null && v.hasBufferElements()) {
            // An ArrayBuffer, or a view GraalJS exposes as a buffer.
            byte[] bytes = new byte[Math.toIntExact(v.getBufferSize())];
            v.readBuffer(0, bytes, 0, bytes.length);
            return bytes;
        }
        if (v != null && v.isHostObject() && v.asHostObject() instanceof byte[] hostBytes) {
            return hostBytes.clone();
        }
        if (v != null && isByteView(v)) {
            return viewBytes(v);
        }
        throw new ScriptError("invalid type " + typeName(v) + ", expected string, []byte or ArrayBuffer");
    }

    /** A typed array or DataView: it has a {@code buffer} that is an ArrayBuffer. */
    private static boolean isByteView(Value v) {
        if (!v.hasMembers()) {
            return false;
        }
        Value buffer = v.getMember("buffer");
        return buffer != null && buffer.hasBufferElements() && v.hasMember("byteOffset") && v.hasMember("byteLength");
    }

    private static byte[] viewBytes(Value view) {
        int offset = view.getMember("byteOffset").asInt();
        int length = view.getMember("byteLength").asInt();
        byte[] bytes = new byte[length];
        view.getMember("buffer").readBuffer(offset, bytes, 0, length);
        return bytes;
    }

    private static String typeName(Value v) {
        if (JsValues.isNullish(v)) {
            return "<nil>";
        }
        Value meta = v.getMetaObject();
        return meta == null ? v.toString() : meta.getMetaSimpleName();
    }
}
