package io.jk6.k6.crypto;

import io.jk6.k6.common.BinaryInput;
import io.jk6.k6.common.JsValues;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code hmac(algorithm, secret, data, outputEncoding)}: a one-shot HMAC. */
final class HmacFunction implements ProxyExecutable {

    private final CreateHmacFunction createHmac;

    HmacFunction(CreateHmacFunction createHmac) {
        this.createHmac = createHmac;
    }

    @Override
    public Object execute(Value... args) {
        Hasher hasher = createHmac.create(JsValues.arg(args, 0), JsValues.arg(args, 1));
        hasher.update(BinaryInput.bytes(JsValues.arg(args, 2)));
        return hasher.digest(Hasher.optionalString(JsValues.arg(args, 3)));
    }
}
