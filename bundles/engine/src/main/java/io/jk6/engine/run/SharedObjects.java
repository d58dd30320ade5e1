package io.jk6.engine.run;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * What the VUs of one test run share by key ({@link io.jk6.api.js.InitEnvironment#shared}):
 * each value is made once, by the first VU that asks, on its own thread.
 *
 * <p>Not {@code ConcurrentHashMap.computeIfAbsent} around the factory: the factory runs the
 * script's code (a SharedArray's function), which may itself ask for another key, and a
 * recursive update of the same map is not allowed. Each key gets its own slot instead, and
 * only VUs asking for that key wait for its factory.
 */
final class SharedObjects {

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    <T> T get(String key, Supplier<? extends T> factory) {
        @SuppressWarnings("unchecked")
        T value = (T) slots.computeIfAbsent(key, k -> new Slot()).get(factory);
        return value;
    }

    /** One key's value, made under the slot's lock; a factory that throws leaves it empty. */
    private static final class Slot {
        private Object value;
        private boolean made;

        synchronized Object get(Supplier<?> factory) {
            if (!made) {
                value = factory.get();
                made = true;
            }
            return value;
        }
    }
}
