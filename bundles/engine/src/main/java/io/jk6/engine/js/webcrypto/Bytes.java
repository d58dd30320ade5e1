package io.jk6.engine.js.webcrypto;

import java.util.Base64;
import org.graalvm.polyglot.Value;

/** What the JS side hands over, as Java values: bytes, keys; and base64url, which JWK uses. */
final class Bytes {

    private Bytes() {
    }

    /** The bytes of an Int8Array (the JS side turns every BufferSource into one). */
    static byte[] of(Value value, String what) {
        if (value == null || !value.hasArrayElements()) {
            throw WebCryptoError.type(what + " is neither an ArrayBuffer, nor a TypedArray nor DataView");
        }
        if (value.hasBufferElements()) {
            byte[] bytes = new byte[(int) value.getBufferSize()];
            value.readBuffer(0, bytes, 0, bytes.length);
            return bytes;
        }
        return value.as(byte[].class);
    }

    /** The key a CryptoKey's handle is; {@code failure} as an InvalidAccessError otherwise. */
    static CryptoKey key(Value handle, String failure) {
        if (handle != null && handle.isProxyObject() && handle.asProxyObject() instanceof CryptoKey key) {
            return key;
        }
        throw WebCryptoError.invalidAccess(failure);
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] fromBase64Url(String text, String what) {
        try {
            return Base64.getUrlDecoder().decode(text.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw WebCryptoError.data("failed to decode " + what + ": " + e.getMessage());
        }
    }

    /** An unsigned big-endian integer in exactly {@code length} bytes (left-padded or stripped of a sign byte). */
    static byte[] unsigned(java.math.BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }

    /** An unsigned big-endian integer in as few bytes as it needs. */
    static byte[] unsigned(java.math.BigInteger value) {
        return unsigned(value, Math.max(1, (value.bitLength() + 7) / 8));
    }
}
