package io.jk6.k6.execution;

import java.util.function.Supplier;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * A named export of k6/execution ({@code import { scenario } from 'k6/execution'}, as k6's examples do):
 * the object {@code exec.scenario} would give, made again on every read of one of its properties. The
 * import itself reads nothing, so a script may import it in the init context; reading a property there
 * throws k6's error, as reading the binding does in k6 (whose Go modules' bindings are read lazily).
 */
final class LazyObject implements ProxyObject {

    private final Supplier<Object> target;

    LazyObject(Supplier<Object> target) {
        this.target = target;
    }

    private ProxyObject now() {
        return (ProxyObject) target.get();
    }

    @Override
    public Object getMember(String key) {
        return now().getMember(key);
    }

    @Override
    public Object getMemberKeys() {
        return now().getMemberKeys();
    }

    @Override
    public boolean hasMember(String key) {
        return now().hasMember(key);
    }

    @Override
    public void putMember(String key, Value value) {
        // read-only, as the objects it stands for
    }
}
