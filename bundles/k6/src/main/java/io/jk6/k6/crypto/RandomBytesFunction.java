package io.jk6.k6.crypto;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import java.security.SecureRandom;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code randomBytes(size)}: an ArrayBuffer of {@code size} cryptographically strong random bytes. */
final class RandomBytesFunction implements ProxyExecutable {

    /** Thread-safe, and costly to seed: one for all VUs. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ArrayBuffers arrayBuffers;

    RandomBytesFunction(ArrayBuffers arrayBuffers) {
        this.arrayBuffers = arrayBuffers;
    }

    @Override
    public Object execute(Value... args) {
        double size = JsValues.number(JsValues.arg(args, 0));
        // k6 takes an int: fractions are cut off, and NaN (a missing size) is 0.
        if (Double.isNaN(size) || size < 1) {
            throw new ScriptError("invalid size");
        }
        if (size > Integer.MAX_VALUE) {
            throw new ScriptError("invalid size: " + (long) size + " bytes is more than an ArrayBuffer holds");
        }
        byte[] bytes = new byte[(int) size];
        RANDOM.nextBytes(bytes);
        return arrayBuffers.of(bytes);
    }
}
