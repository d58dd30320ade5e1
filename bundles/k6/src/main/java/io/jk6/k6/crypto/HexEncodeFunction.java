package io.jk6.k6.crypto;

import io.jk6.k6.common.BinaryInput;
import io.jk6.k6.common.JsValues;
import java.util.HexFormat;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** {@code hexEncode(data)}: the lowercase hex of a string's UTF-8 bytes or an ArrayBuffer. */
final class HexEncodeFunction implements ProxyExecutable {

    @Override
    public Object execute(Value... args) {
        return HexFormat.of().formatHex(BinaryInput.bytes(JsValues.arg(args, 0)));
    }
}
