package io.jk6.k6.crypto;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.JsValues;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code createHash(algorithm)}: a hasher to feed with {@code update} and read with {@code digest}. */
final class CreateHashFunction implements ProxyExecutable {

    private final ArrayBuffers arrayBuffers;

    CreateHashFunction(ArrayBuffers arrayBuffers) {
        this.arrayBuffers = arrayBuffers;
    }

    @Override
    public Object execute(Value... args) {
        HashAlgorithm algorithm = HashAlgorithm.require(Hasher.optionalString(JsValues.arg(args, 0)));
        return new Hasher(RunningHash.of(algorithm.newDigest()), arrayBuffers);
    }
}
