package io.jk6.k6.crypto;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.ScriptError;
import java.util.Base64;
import java.util.HexFormat;

/** How a digest is handed back, as k6's {@code outputEncoding}. */
enum OutputEncoding {
    HEX("hex"),
    BASE64("base64"),
    BASE64URL("base64url"),
    BASE64RAWURL("base64rawurl"),
    BINARY("binary");

    private final String k6Name;

    OutputEncoding(String k6Name) {
        this.k6Name = k6Name;
    }

    /**
     * @throws ScriptError for any other name, in k6's words
     */
    static OutputEncoding named(String name) {
        for (OutputEncoding e : values()) {
            if (e.k6Name.equals(name)) {
                return e;
            }
        }
        throw new ScriptError("invalid output encoding: " + name);
    }

    /** A string, or an ArrayBuffer for {@code binary}. */
    Object encode(byte[] sum, ArrayBuffers arrayBuffers) {
        return switch (this) {
            case HEX -> HexFormat.of().formatHex(sum);
            case BASE64 -> Base64.getEncoder().encodeToString(sum);
            case BASE64URL -> Base64.getUrlEncoder().encodeToString(sum);
            case BASE64RAWURL -> Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
            case BINARY -> arrayBuffers.of(sum);
        };
    }
}
