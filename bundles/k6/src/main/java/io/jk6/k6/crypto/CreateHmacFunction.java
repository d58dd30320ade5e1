package io.jk6.k6.crypto;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.BinaryInput;
import io.jk6.k6.common.JsValues;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code createHMAC(algorithm, secret)}: an HMAC hasher; the secret is a string or an ArrayBuffer. */
final class CreateHmacFunction implements ProxyExecutable {

    private final ArrayBuffers arrayBuffers;

    CreateHmacFunction(ArrayBuffers arrayBuffers) {
        this.arrayBuffers = arrayBuffers;
    }

    @Override
    public Object execute(Value... args) {
        return create(JsValues.arg(args, 0), JsValues.arg(args, 1));
    }

    Hasher create(Value algorithmName, Value secret) {
        HashAlgorithm algorithm = HashAlgorithm.require(Hasher.optionalString(algorithmName));
        return new Hasher(RunningHash.of(algorithm.newHmac(BinaryInput.bytes(secret))), arrayBuffers);
    }
}
