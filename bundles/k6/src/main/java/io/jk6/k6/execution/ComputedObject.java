package io.jk6.k6.execution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * A read-only JS object whose properties are computed on every read, as k6's accessor
 * properties: {@code exec.instance.vusActive} is the value of now, not of when it was imported.
 * Writes are ignored, as assigning a getter-only property is in sloppy mode.
 */
final class ComputedObject implements ProxyObject {

    private final Map<String, Supplier<Object>> getters;
    private final boolean enumerable;

    ComputedObject(Map<String, Supplier<Object>> getters) {
        this(getters, true);
    }

    /**
     * @param enumerable false to hide the keys from {@code Object.keys}: the engine offers a
     *                   default export's keys as named exports and so reads every one at import,
     *                   in the init context, where {@code exec.vu} must throw
     */
    ComputedObject(Map<String, Supplier<Object>> getters, boolean enumerable) {
        this.getters = new LinkedHashMap<>(getters);
        this.enumerable = enumerable;
    }

    @Override
    public Object getMember(String key) {
        Supplier<Object> getter = getters.get(key);
        return getter == null ? null : getter.get();
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromArray(enumerable ? getters.keySet().toArray() : new Object[0]);
    }

    @Override
    public boolean hasMember(String key) {
        return getters.containsKey(key);
    }

    @Override
    public void putMember(String key, Value value) {
        // getter-only, as in k6
    }
}
