package io.jk6.engine.js.mapping;

import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * A Java {@code List} as a JS array ({@code Array.isArray} holds, {@code JSON.stringify},
 * spread, {@code map}/{@code filter}, {@code for...of}) whose elements are converted by the
 * mapping's rules when read: a list of maps is an array of plain objects. A view, not a copy,
 * as {@link MapObject}; writes go to the list.
 */
final class ListArray implements ProxyArray {

    private final List<Object> list;
    private final JsAdapters adapters;

    @SuppressWarnings("unchecked")
    ListArray(List<?> list, JsAdapters adapters) {
        this.list = (List<Object>) list;
        this.adapters = adapters;
    }

    @Override
    public Object get(long index) {
        if (index < 0 || index >= list.size()) {
            // what GraalJS reads as "no such element": undefined, as a JS array gives
            throw new ArrayIndexOutOfBoundsException("index " + index);
        }
        return adapters.toJs(list.get((int) index), "[" + index + "]");
    }

    @Override
    public void set(long index, Value value) {
        Object element = value.isHostObject() ? value.asHostObject() : value.as(Object.class);
        int i = checked(index);
        if (i == list.size()) {
            list.add(element);
        } else {
            list.set(i, element);
        }
    }

    @Override
    public boolean remove(long index) {
        list.remove(checked(index));
        return true;
    }

    @Override
    public long getSize() {
        return list.size();
    }

    private static int checked(long index) {
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw new ArrayIndexOutOfBoundsException("index " + index);
        }
        return (int) index;
    }
}
