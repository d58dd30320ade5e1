package io.jk6.engine.js.mapping;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * A Java {@code Map} as a plain JS object: its keys are the object's own enumerable properties,
 * so {@code JSON.stringify}, {@code Object.keys}, spread and {@code for...in} see the entries
 * (a map passed as it is shows its Java methods there and stringifies to {@code {}}).
 *
 * <p>A view, not a copy: wrapping costs the same for any size, and each value is converted by
 * the mapping's rules when the script reads it. Writes and deletes go to the map (an
 * unmodifiable map refuses them). Keys are the map's keys as strings.
 */
final class MapObject implements ProxyObject {

    private final Map<Object, Object> map;
    private final JsAdapters adapters;

    @SuppressWarnings("unchecked")
    MapObject(Map<?, ?> map, JsAdapters adapters) {
        this.map = (Map<Object, Object>) map;
        this.adapters = adapters;
    }

    @Override
    public Object getMember(String key) {
        return adapters.toJs(map.get(javaKey(key)), key);
    }

    @Override
    public Object getMemberKeys() {
        Object[] keys = new Object[map.size()];
        int i = 0;
        for (Object key : map.keySet()) {
            if (i == keys.length) {
                break; // the map grew meanwhile: what was there when asked
            }
            keys[i++] = String.valueOf(key);
        }
        return ProxyArray.fromArray(i == keys.length ? keys : Arrays.copyOf(keys, i));
    }

    @Override
    public boolean hasMember(String key) {
        return map.containsKey(javaKey(key));
    }

    @Override
    public void putMember(String key, Value value) {
        map.put(javaKey(key), value.isHostObject() ? value.asHostObject() : value.as(Object.class));
    }

    @Override
    public boolean removeMember(String key) {
        Object javaKey = javaKey(key);
        if (!map.containsKey(javaKey)) {
            return false;
        }
        map.remove(javaKey);
        return true;
    }

    /**
     * The map's own key for a JS property name: the string itself for string-keyed maps (the
     * common case, no search), else the key whose {@code String.valueOf} is the name.
     */
    private Object javaKey(String name) {
        if (map.containsKey(name)) {
            return name;
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String) && Objects.equals(String.valueOf(key), name)) {
                return key;
            }
        }
        return name;
    }
}
