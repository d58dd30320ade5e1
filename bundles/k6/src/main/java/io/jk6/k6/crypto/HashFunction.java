package io.jk6.k6.crypto;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.BinaryInput;
import io.jk6.k6.common.JsValues;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code sha256(input, outputEncoding)} and its siblings: the one-shot digest of one algorithm. */
final class HashFunction implements ProxyExecutable {

    private final HashAlgorithm algorithm;
    private final ArrayBuffers arrayBuffers;

    HashFunction(HashAlgorithm algorithm, ArrayBuffers arrayBuffers) {
        this.algorithm = algorithm;
        this.arrayBuffers = arrayBuffers;
    }

    @Override
    public Object execute(Value... args) {
        Hasher hasher = new Hasher(RunningHash.of(algorithm.newDigest()), arrayBuffers);
        hasher.update(BinaryInput.bytes(JsValues.arg(args, 0)));
        return hasher.digest(Hasher.optionalString(JsValues.arg(args, 1)));
    }
}
