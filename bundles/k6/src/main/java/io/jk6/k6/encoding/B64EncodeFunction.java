package io.jk6.k6.encoding;

import io.jk6.k6.common.BinaryInput;
import io.jk6.k6.common.JsValues;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code b64encode(input, [encoding])}: the base64 text of a string's UTF-8 bytes or an ArrayBuffer. */
final class B64EncodeFunction implements ProxyExecutable {

    @Override
    public Object execute(Value... args) {
        byte[] data = BinaryInput.bytes(JsValues.arg(args, 0));
        return Base64Variant.named(optionalString(JsValues.arg(args, 1))).encode(data);
    }

    static String optionalString(Value v) {
        return JsValues.isNullish(v) ? "" : JsValues.string(v);
    }
}
