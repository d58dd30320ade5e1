package io.jk6.k6.encoding;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.JsValues;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code b64decode(input, [encoding], [format])}: the decoded bytes as an ArrayBuffer, or as a
 * string (the bytes read as UTF-8) when {@code format} is {@code "s"}.
 */
final class B64DecodeFunction implements ProxyExecutable {

    private final ArrayBuffers arrayBuffers;

    B64DecodeFunction(ArrayBuffers arrayBuffers) {
        this.arrayBuffers = arrayBuffers;
    }

    @Override
    public Object execute(Value... args) {
        // k6 takes the input as a Go string: whatever is passed is converted, not refused.
        String input = B64EncodeFunction.optionalString(JsValues.arg(args, 0));
        Base64Variant variant = Base64Variant.named(B64EncodeFunction.optionalString(JsValues.arg(args, 1)));
        byte[] decoded = variant.decode(input);
        if ("s".equals(B64EncodeFunction.optionalString(JsValues.arg(args, 2)))) {
            return new String(decoded, StandardCharsets.UTF_8);
        }
        return arrayBuffers.of(decoded);
    }
}
