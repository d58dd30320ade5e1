package io.jk6.k6.crypto;

import io.jk6.k6.common.ArrayBuffers;
import io.jk6.k6.common.BinaryInput;
import io.jk6.k6.common.JsValues;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * What {@code createHash} and {@code createHMAC} return: an object with {@code update(data)}
 * and {@code digest(outputEncoding)}. As in k6 (Go's {@code hash.Sum}), {@code digest} does not
 * reset: it may be called again, and more data added in between.
 */
final class Hasher implements ProxyObject {

    private final RunningHash hash;
    private final ArrayBuffers arrayBuffers;
    private final ProxyExecutable update;
    private final ProxyExecutable digest;

    Hasher(RunningHash hash, ArrayBuffers arrayBuffers) {
        this.hash = hash;
        this.arrayBuffers = arrayBuffers;
        this.update = args -> {
            update(BinaryInput.bytes(JsValues.arg(args, 0)));
            return null;
        };
        this.digest = args -> digest(optionalString(JsValues.arg(args, 0)));
    }

    void update(byte[] data) {
        hash.update(data);
    }

    Object digest(String outputEncoding) {
        OutputEncoding encoding = OutputEncoding.named(outputEncoding);
        return encoding.encode(hash.sumSoFar(), arrayBuffers);
    }

    static String optionalString(Value v) {
        // k6 takes a Go string: missing is "".
        return JsValues.isNullish(v) ? "" : JsValues.string(v);
    }

    @Override
    public Object getMember(String key) {
        return switch (key) {
            case "update" -> update;
            case "digest" -> digest;
            default -> null;
        };
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromArray("update", "digest");
    }

    @Override
    public boolean hasMember(String key) {
        return "update".equals(key) || "digest".equals(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException("a hasher's members are fixed");
    }
}
