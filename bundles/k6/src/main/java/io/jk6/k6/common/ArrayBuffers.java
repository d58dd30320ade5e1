package io.jk6.k6.common;

import io.jk6.api.js.VU;
import org.graalvm.polyglot.Value;

/**
 * Makes real JS {@code ArrayBuffer}s in one VU's runtime, for functions that k6 documents as
 * returning one ({@code b64decode}, {@code randomBytes}, a {@code "binary"} digest). A Java
 * {@code byte[]} returned from a proxy would reach JS as a host array, which
 * {@code new Uint8Array(x)} copies element-wise but {@code x instanceof ArrayBuffer} and
 * {@code x.byteLength} do not recognise.
 */
public final class ArrayBuffers {

    /** Copies a host byte[] (signed bytes: Uint8Array stores them modulo 256) into a new buffer. */
    private static final String FROM_HOST_BYTES = """
            (function (bytes) {
              const view = new Uint8Array(bytes.length);
              for (let i = 0; i < bytes.length; i++) view[i] = bytes[i];
              return view.buffer;
            })
            """;

    private final VU vu;
    private Value fromHostBytes;

    public ArrayBuffers(VU vu) {
        this.vu = vu;
    }

    /** A new ArrayBuffer holding a copy of {@code bytes}. Call on the VU's thread. */
    public Value of(byte[] bytes) {
        if (fromHostBytes == null) {
            // Lazily: the runtime is the VU's own and may not be ready when modules are instantiated.
            fromHostBytes = vu.runtime().eval("js", FROM_HOST_BYTES);
        }
        return fromHostBytes.execute((Object) bytes);
    }
}
